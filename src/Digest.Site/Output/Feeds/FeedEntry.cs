using Digest.Site.Indexing;

namespace Digest.Site.Output.Feeds;

/// <summary>One article as every feed shows it; built once per article and shared by all feeds that list it.</summary>
public sealed record FeedEntry(ArticleEntry Article, string? Summary, string Content, string Published, string Updated);
