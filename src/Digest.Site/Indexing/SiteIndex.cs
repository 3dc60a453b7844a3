using Digest.Core.Model;
using Digest.Site.Loading;

namespace Digest.Site.Indexing;

/// <summary>
/// The site as it will be published: articles newest first, topics and experts with their articles.
/// <see cref="UnpublishedStems"/> names drafts and future articles, so links to them can be told from links to nothing.
/// </summary>
internal sealed record SiteIndex(
    SiteSettings Settings,
    IReadOnlyList<ArticleEntry> Articles,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Expert> Experts,
    IReadOnlyDictionary<string, ArticleEntry> ArticlesByStem,
    IReadOnlySet<string> UnpublishedStems,
    IReadOnlyList<StaticFile> StaticFiles)
{
    /// <summary>Published editions, newest first (<see cref="Editions.EditionIndexer"/>); empty for a site without editions.</summary>
    public IReadOnlyList<Editions.Edition> Editions { get; init; } = [];
}
