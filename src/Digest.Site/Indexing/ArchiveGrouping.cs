using Digest.Core.Model;

namespace Digest.Site.Indexing;

/// <summary>Groups articles by year and month for the archive; year-only dates form their own group.</summary>
internal static class ArchiveGrouping
{
    public sealed record MonthGroup(int Year, int Month, IReadOnlyList<ArticleEntry> Articles);

    public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months);

    /// <summary>Groups newest-first articles; month 0 holds articles dated only by year, listed after the months.</summary>
    public static List<YearGroup> Group(IReadOnlyList<ArticleEntry> newestFirst)
    {
        var years = new SortedDictionary<int, SortedDictionary<int, List<ArticleEntry>>>(Comparer<int>.Create(static (a, b) => b.CompareTo(a)));
        foreach (var entry in newestFirst)
        {
            var date = entry.Article.Date;
            if (!years.TryGetValue(date.Year, out var months))
            {
                months = new SortedDictionary<int, List<ArticleEntry>>(Comparer<int>.Create(static (a, b) =>
                {
                    // Months descending, the year-only group (0) last.
                    if (a == 0 || b == 0)
                    {
                        return a == b ? 0 : a == 0 ? 1 : -1;
                    }
                    return b.CompareTo(a);
                }));
                years[date.Year] = months;
            }
            var month = date.Precision == DatePrecision.Year ? 0 : date.Month;
            if (!months.TryGetValue(month, out var list))
            {
                list = [];
                months[month] = list;
            }
            list.Add(entry);
        }
        var result = new List<YearGroup>(years.Count);
        foreach (var (year, months) in years)
        {
            var groups = new List<MonthGroup>(months.Count);
            foreach (var (month, list) in months)
            {
                groups.Add(new MonthGroup(year, month, list));
            }
            result.Add(new YearGroup(year, groups));
        }
        return result;
    }
}
