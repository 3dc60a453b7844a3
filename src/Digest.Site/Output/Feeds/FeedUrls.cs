using Digest.Site.Rendering;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Links as feeds write them: absolute under <c>base_url</c> when it is set (folder pages end in <c>/</c>, like
/// the canonical links), otherwise relative to the feed file, naming files explicitly so they work from disk.
/// </summary>
internal sealed class FeedUrls
{
    private readonly string? _baseUrl;
    private readonly string _feedPath;
    private readonly string? _rootPrefix;

    /// <summary>Links for the feed file <paramref name="feedPath"/>: relative ones take the shortest path from its folder.</summary>
    public FeedUrls(string? baseUrl, string feedPath)
        : this(baseUrl, feedPath, null)
    {
    }

    private FeedUrls(string? baseUrl, string feedPath, string? rootPrefix)
    {
        _baseUrl = baseUrl;
        _feedPath = feedPath;
        _rootPrefix = rootPrefix;
    }

    public bool Absolute => _baseUrl is not null;

    /// <summary>
    /// Links for entries, which are rendered once and shared by every feed whose folder is <paramref name="depth"/>
    /// levels deep: relative links go up to the site root and down again (<c>../../topics/x/index.html</c>), so
    /// they do not depend on which of those feeds shows the entry.
    /// </summary>
    public static FeedUrls ForEntries(string? baseUrl, int depth) =>
        new(baseUrl, string.Empty, string.Concat(Enumerable.Repeat("../", depth)));

    /// <summary>How many folders deep feed <paramref name="folder"/> lies (<c>""</c> is 0, <c>topics/x/</c> is 2).</summary>
    public static int Depth(string folder)
    {
        var depth = 0;
        foreach (var ch in folder)
        {
            if (ch == '/')
            {
                depth++;
            }
        }
        return depth;
    }

    /// <summary>The link to site file <paramref name="sitePath"/> (relative to the site root).</summary>
    public string To(string sitePath)
    {
        if (_baseUrl is null)
        {
            return _rootPrefix is null ? Links.Relative(_feedPath, sitePath) : _rootPrefix + sitePath;
        }
        return _baseUrl + (sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);
    }

    /// <summary>A stable entry or feed id: the absolute link, or a URN built from the site path when there is no base URL.</summary>
    public string Id(string sitePath)
    {
        if (_baseUrl is not null)
        {
            return To(sitePath);
        }
        var path = sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath;
        return "urn:digest:" + (path.Length == 0 ? "home" : path.TrimEnd('/'));
    }
}
