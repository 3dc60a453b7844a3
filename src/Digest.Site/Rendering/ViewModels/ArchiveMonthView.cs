namespace Digest.Site.Rendering.ViewModels;

/// <summary>A month in the archive; <see cref="Month"/> is 0 for articles dated only by year.</summary>
internal sealed record ArchiveMonthView(int Month, string Label, string Id, IReadOnlyList<ArticleCardView> Articles);
