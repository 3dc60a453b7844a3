namespace Digest.Site.Rendering.ViewModels;

/// <summary>
/// One topic's section of an edition: <see cref="Url"/> is the topic page (null for the section of untagged articles);
/// <see cref="AlsoHere"/> links articles shown under an earlier section.
/// </summary>
internal sealed record EditionSectionView(string Id, string Label, string? Url, IReadOnlyList<EditionItemView> Articles, IReadOnlyList<ArticleCardView> AlsoHere);
