namespace Digest.Site.Rendering.ViewModels;

/// <summary>A feed a page links with <c>&lt;link rel="alternate"&gt;</c>; <see cref="Url"/> is relative to the site root.</summary>
internal sealed record FeedLinkView(string Type, string Title, string Url)
{
    /// <summary>The media type of an Atom feed.</summary>
    public const string AtomType = "application/atom+xml";

    /// <summary>The media type of a JSON Feed.</summary>
    public const string JsonType = "application/feed+json";
}
