using Digest.Site.Indexing;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// One feed: the whole digest, a topic or an expert. <see cref="Folder"/> is where <c>feed.xml</c> and
/// <c>feed.json</c> lie (<c>""</c> or <c>topics/x/</c>); <see cref="PagePath"/> is the HTML page it belongs to.
/// </summary>
internal sealed record FeedDefinition(string Folder, string Title, string? Description, string PagePath, IReadOnlyList<ArticleEntry> Articles)
{
    public string AtomPath => Folder + "feed.xml";

    public string JsonPath => Folder + "feed.json";
}
