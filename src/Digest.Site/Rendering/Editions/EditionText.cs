using System.Globalization;
using Digest.Core.Model;
using Digest.Site.Rendering.Theme;

namespace Digest.Site.Rendering.Editions;

/// <summary>An edition's period and automatic title in the site's language (strings <c>period_week</c>, <c>period_range</c>, <c>edition_auto_title</c>).</summary>
internal static class EditionText
{
    public static string Period(EditionPeriod period, UiStrings strings) => period.Kind switch
    {
        EditionPeriodKind.Day => strings.FormatDate(Day(period.Start)),
        EditionPeriodKind.Week => strings.Get("period_week")
            .Replace("{w}", period.Week.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{yyyy}", period.WeekYear.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal),
        EditionPeriodKind.Month => strings.FormatDate(new ArticleDate(period.Start.Year, period.Start.Month, 0, null, null)),
        _ => strings.Get("period_range")
            .Replace("{from}", strings.FormatDate(Day(period.Start)), StringComparison.Ordinal)
            .Replace("{to}", strings.FormatDate(Day(period.End)), StringComparison.Ordinal),
    };

    public static string AutoTitle(EditionPeriod period, UiStrings strings) =>
        strings.Get("edition_auto_title").Replace("{period}", Period(period, strings), StringComparison.Ordinal);

    private static ArticleDate Day(DateOnly day) => new(day.Year, day.Month, day.Day, null, null);
}
