namespace Digest.Site.Rendering.ViewModels;

/// <summary>An expert as cited in an article, with the role and organisation given there or in experts.yml.</summary>
internal sealed record ExpertLinkView(string Slug, string Name, string? Role, string? Org, string Url);
