using Digest.Site.Indexing;
using Digest.Site.Rendering;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// One article as the feeds of one folder depth show it. The content is the rendered body <see cref="Html"/>
/// with <see cref="Edits"/> applied (links re-pointed for the feed); writers apply them while escaping.
/// </summary>
internal sealed record FeedEntry(ArticleEntry Article, string? Summary, string Html, IReadOnlyList<ContentEdit> Edits, string Published, string Updated);
