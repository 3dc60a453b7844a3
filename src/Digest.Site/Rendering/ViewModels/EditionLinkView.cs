namespace Digest.Site.Rendering.ViewModels;

/// <summary>An edition in a list, in previous/next links and on the pages of its articles.</summary>
internal sealed record EditionLinkView(string Title, string Url, DateView Date, string? Period, string? Summary, int ArticleCount);
