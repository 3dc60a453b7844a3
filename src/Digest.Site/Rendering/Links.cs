namespace Digest.Site.Rendering;

/// <summary>
/// Relative links between output files. Every link names a file (<c>../../topics/x/index.html</c>),
/// so the site works from disk and from any sub-folder of a web server.
/// </summary>
internal static class Links
{
    /// <summary>The prefix that leads from <paramref name="pagePath"/> back to the site root (<c>""</c>, <c>../</c>, …).</summary>
    public static string RootPrefix(string pagePath)
    {
        var depth = 0;
        foreach (var ch in pagePath)
        {
            if (ch == '/')
            {
                depth++;
            }
        }
        return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A relative link from page <paramref name="fromPath"/> to site file <paramref name="toPath"/> (both relative to the root).</summary>
    public static string Relative(string fromPath, string toPath)
    {
        var fromDir = fromPath.LastIndexOf('/') is var i and >= 0 ? fromPath[..(i + 1)] : string.Empty;
        var common = 0;
        var lastSlash = 0;
        while (common < fromDir.Length && common < toPath.Length && fromDir[common] == toPath[common])
        {
            if (fromDir[common] == '/')
            {
                lastSlash = common + 1;
            }
            common++;
        }
        var up = RootPrefix(fromDir[lastSlash..]);
        var rest = toPath[lastSlash..];
        return up + rest;
    }
}
