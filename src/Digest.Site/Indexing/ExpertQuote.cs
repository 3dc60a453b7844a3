namespace Digest.Site.Indexing;

/// <summary>A direct quote and the article it came from.</summary>
internal sealed record ExpertQuote(string Text, ArticleEntry Article);
