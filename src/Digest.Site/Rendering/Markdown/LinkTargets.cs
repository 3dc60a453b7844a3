using Digest.Site.Indexing;

namespace Digest.Site.Rendering.Markdown;

/// <summary>What body links may point at: published articles (with their anchors) and copied input files.</summary>
internal sealed class LinkTargets(
    IReadOnlyDictionary<string, ArticleEntry> articlesByStem,
    IReadOnlySet<string> unpublishedStems,
    IReadOnlyDictionary<string, ParsedBody> bodiesByStem,
    IReadOnlyDictionary<string, string> staticFilesBySource)
{
    public IReadOnlyDictionary<string, ArticleEntry> ArticlesByStem { get; } = articlesByStem;

    public IReadOnlySet<string> UnpublishedStems { get; } = unpublishedStems;

    public IReadOnlyDictionary<string, ParsedBody> BodiesByStem { get; } = bodiesByStem;

    /// <summary>Full source path of each copied input file → its path in the output.</summary>
    public IReadOnlyDictionary<string, string> StaticFilesBySource { get; } = staticFilesBySource;
}
