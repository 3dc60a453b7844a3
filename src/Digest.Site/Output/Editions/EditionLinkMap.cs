using Digest.Site.Indexing;

namespace Digest.Site.Output.Editions;

/// <summary>
/// Where an edition file's links and images point: <see cref="Link"/> and <see cref="Image"/> take a site path (or a URL
/// with a scheme) and give the address to write, or null to drop the link (keeping its text) or the image.
/// </summary>
internal sealed record EditionLinkMap(Func<string, string?> Link, Func<string, string?> Image)
{
    /// <summary>The article of the edition a site path names (<c>articles/x/index.html#part</c>), if any.</summary>
    public static ArticleEntry? ArticleAt(IReadOnlyDictionary<string, ArticleEntry> byPath, string sitePath)
    {
        var hash = sitePath.IndexOf('#');
        return byPath.TryGetValue(hash < 0 ? sitePath : sitePath[..hash], out var entry) ? entry : null;
    }

    public static string Fragment(string sitePath)
    {
        var hash = sitePath.IndexOf('#');
        return hash < 0 ? string.Empty : sitePath[hash..];
    }

    public static string WithoutFragment(string sitePath)
    {
        var hash = sitePath.IndexOf('#');
        return hash < 0 ? sitePath : sitePath[..hash];
    }
}
