using Digest.Site.Rendering;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Links as feeds write them: absolute under <c>base_url</c> when it is set (folder pages end in <c>/</c>, like
/// the canonical links), otherwise relative to the feed file, naming files explicitly so they work from disk.
/// </summary>
public sealed class FeedUrls(string? baseUrl, string feedPath)
{
    public bool Absolute => baseUrl is not null;

    /// <summary>The link to site file <paramref name="sitePath"/> (relative to the site root).</summary>
    public string To(string sitePath)
    {
        if (baseUrl is null)
        {
            return Links.Relative(feedPath, sitePath);
        }
        return baseUrl + (sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);
    }

    /// <summary>A stable entry or feed id: the absolute link, or a URN built from the site path when there is no base URL.</summary>
    public string Id(string sitePath)
    {
        if (baseUrl is not null)
        {
            return To(sitePath);
        }
        var path = sitePath.EndsWith("index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath;
        return "urn:digest:" + (path.Length == 0 ? "home" : path.TrimEnd('/'));
    }
}
