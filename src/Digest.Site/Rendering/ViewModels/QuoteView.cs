namespace Digest.Site.Rendering.ViewModels;

/// <summary>A direct quote with the article it came from.</summary>
internal sealed record QuoteView(string Text, ArticleCardView Article);
