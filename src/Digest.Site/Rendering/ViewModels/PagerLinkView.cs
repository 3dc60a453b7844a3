namespace Digest.Site.Rendering.ViewModels;

/// <summary>One numbered page link.</summary>
internal sealed record PagerLinkView(int Number, string Url, bool IsCurrent);
