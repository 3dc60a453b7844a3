using Digest.Import.Writing;

namespace Digest.Import.Web;

/// <summary>
/// The articles already imported from the web, by their <c>source_url</c>, so an address imported again updates its
/// article (or leaves it unchanged) instead of making a second one.
/// </summary>
internal sealed class SourceUrls
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    /// <summary>Every article below <paramref name="articlesDir"/> (hidden files and folders skipped) that records a source_url.</summary>
    public static SourceUrls Scan(string articlesDir)
    {
        var result = new SourceUrls();
        if (!Directory.Exists(articlesDir))
        {
            return result;
        }
        var files = new List<string>();
        Collect(new DirectoryInfo(articlesDir), files);
        files.Sort(StringComparer.Ordinal);
        foreach (var f in files)
        {
            try
            {
                var url = ExistingFile.FieldOf(File.ReadAllText(f), "source_url");
                if (url is not null)
                {
                    result._byKey.TryAdd(Key(url), f);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable article is not ours to judge here; the build reports it.
            }
        }
        return result;
    }

    public string? FileFor(string? url) => url is not null && _byKey.TryGetValue(Key(url), out var f) ? f : null;

    public bool Contains(string? url) => url is not null && _byKey.ContainsKey(Key(url));

    /// <summary>
    /// An address as compared: scheme and host in lower case, default port and fragment dropped, so
    /// <c>HTTPS://Example.org:443/a#top</c> and <c>https://example.org/a</c> are one source.
    /// </summary>
    public static string Key(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? u.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)
            : url.Trim();

    private static void Collect(DirectoryInfo dir, List<string> found)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is null)
                {
                    Collect(sub, found);
                }
            }
            else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(entry.FullName);
            }
        }
    }
}
