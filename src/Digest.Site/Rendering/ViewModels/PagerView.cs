namespace Digest.Site.Rendering.ViewModels;

/// <summary>Pagination of a listing; URLs are relative to the site root, null where there is no such page.</summary>
internal sealed record PagerView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Pages);
