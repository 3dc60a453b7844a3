namespace Digest.Cli.Serving;

/// <summary>
/// Maps a raw HTTP request target to a path inside the site, refusing anything that could name a file
/// outside it: dot segments (plain, percent-encoded or double-encoded), backslashes, drive letters,
/// absolute-form targets and control characters. Works on the raw target because URL parsers
/// silently resolve <c>/../</c> before a server would see it.
/// </summary>
public static class SafePath
{
    /// <summary>The site-relative file path, <c>index.html</c> for folders; null when the target is refused.</summary>
    public static string? Map(string? rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/' || rawTarget.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var path = rawTarget;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }
        if (path.Contains('\\'))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        // A '%' left after one decoding means double encoding (%252e) or a malformed escape; site paths never need either.
        if (decoded.Contains('%') || decoded.Contains('\\') || decoded.Contains(':'))
        {
            return null;
        }
        foreach (var ch in decoded)
        {
            if (char.IsControl(ch))
            {
                return null;
            }
        }
        var segments = decoded[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && i < segments.Length - 1))
            {
                return null;
            }
        }
        var relative = decoded[1..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        return Digest.Site.Output.OutputSet.IsSafeRelativePath(relative) ? relative : null;
    }
}
