namespace Digest.Site.Rendering.ViewModels;

/// <summary>A year in the archive.</summary>
internal sealed record ArchiveYearView(int Year, int Count, IReadOnlyList<ArchiveMonthView> Months);
