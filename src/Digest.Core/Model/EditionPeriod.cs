using System.Globalization;

namespace Digest.Core.Model;

/// <summary>
/// The days an edition covers, both ends included: one day (<c>2024-05-02</c>), an ISO week (<c>2024-W18</c>), a calendar
/// month (<c>2024-05</c>) or a range (<c>2024-05-02..2024-05-08</c>).
/// </summary>
public readonly record struct EditionPeriod(EditionPeriodKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>The forms users may write, for error messages.</summary>
    public const string ExpectedForms = "YYYY-Www (2024-W18), YYYY-MM (2024-05), YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD";

    /// <summary>Canonical form, as it would be written in an edition file.</summary>
    public string ToIso() => Kind switch
    {
        EditionPeriodKind.Day => Day(Start),
        EditionPeriodKind.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):D4}-W{Week:D2}",
        EditionPeriodKind.Month => $"{Start.Year:D4}-{Start.Month:D2}",
        _ => $"{Day(Start)}..{Day(End)}",
    };

    /// <summary>The address of an automatic edition of this period: <c>2024-w18</c>, <c>2024-05</c>, <c>2024-05-02</c>, <c>2024-05-02-2024-05-08</c>.</summary>
    public string Slug => Kind == EditionPeriodKind.Range ? $"{Day(Start)}-{Day(End)}" : ToIso().ToLowerInvariant();

    /// <summary>The ISO week number (meaningful for <see cref="EditionPeriodKind.Week"/>).</summary>
    public int Week => ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue));

    /// <summary>The ISO week-numbering year (meaningful for <see cref="EditionPeriodKind.Week"/>).</summary>
    public int WeekYear => ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue));

    public override string ToString() => ToIso();

    /// <summary>
    /// Whether an article dated <paramref name="date"/> belongs to this period. A day or a moment counts by the calendar
    /// day as written; a date known only to the month belongs to that month's edition only; a year alone to none.
    /// </summary>
    public bool Contains(ArticleDate date) => date.Precision switch
    {
        DatePrecision.Year => false,
        DatePrecision.Month => Kind == EditionPeriodKind.Month && Start.Year == date.Year && Start.Month == date.Month,
        _ => Start <= new DateOnly(date.Year, date.Month, date.Day) && new DateOnly(date.Year, date.Month, date.Day) <= End,
    };

    public bool Overlaps(EditionPeriod other) => Start <= other.End && other.Start <= End;

    /// <summary>The period of <paramref name="cadence"/> an article dated <paramref name="date"/> falls in; null when it falls in none.</summary>
    public static EditionPeriod? For(EditionCadence cadence, ArticleDate date)
    {
        if (cadence == EditionCadence.None || date.Precision == DatePrecision.Year)
        {
            return null;
        }
        if (date.Precision == DatePrecision.Month)
        {
            return cadence == EditionCadence.Monthly ? MonthOf(date.Year, date.Month) : null;
        }
        var day = new DateOnly(date.Year, date.Month, date.Day);
        return cadence switch
        {
            EditionCadence.Daily => new EditionPeriod(EditionPeriodKind.Day, day, day),
            EditionCadence.Weekly => WeekOf(day),
            _ => MonthOf(day.Year, day.Month),
        };
    }

    /// <summary>The ISO week (Monday to Sunday) holding <paramref name="day"/>.</summary>
    public static EditionPeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new EditionPeriod(EditionPeriodKind.Week, monday, monday.AddDays(6));
    }

    public static EditionPeriod MonthOf(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new EditionPeriod(EditionPeriodKind.Month, first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>Parses the accepted forms; on failure returns false and a short reason.</summary>
    public static bool TryParse(string text, out EditionPeriod period, out string? problem)
    {
        period = default;
        var s = text.Trim();
        var dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            if (!TryDay(s[..dots], out var start, out problem) || !TryDay(s[(dots + 2)..], out var end, out problem))
            {
                return false;
            }
            if (end < start)
            {
                problem = "ends before it starts";
                return false;
            }
            period = new EditionPeriod(EditionPeriodKind.Range, start, end);
            return true;
        }
        if (s.Length >= 7 && s[4] == '-' && s[5] is 'W' or 'w')
        {
            return TryWeek(s, out period, out problem);
        }
        if (s.Length == 7)
        {
            if (!ArticleDate.TryParse(s, out var month, out problem) || month.Precision != DatePrecision.Month)
            {
                problem ??= "is not a month";
                return false;
            }
            period = MonthOf(month.Year, month.Month);
            return true;
        }
        if (!TryDay(s, out var single, out problem))
        {
            return false;
        }
        period = new EditionPeriod(EditionPeriodKind.Day, single, single);
        return true;
    }

    private static bool TryWeek(string s, out EditionPeriod period, out string? problem)
    {
        period = default;
        problem = "is not a week";
        if (s.Length != 8 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) || year < 1 || year > 9998)
        {
            return false;
        }
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            problem = $"has no week {week} (the year {year} has {ISOWeek.GetWeeksInYear(year)})";
            return false;
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        period = new EditionPeriod(EditionPeriodKind.Week, monday, monday.AddDays(6));
        problem = null;
        return true;
    }

    private static bool TryDay(string text, out DateOnly day, out string? problem)
    {
        day = default;
        if (!ArticleDate.TryParse(text, out var date, out problem) || date.Precision != DatePrecision.Day)
        {
            problem = problem is null ? $"'{text.Trim()}' is not a day (YYYY-MM-DD)" : $"'{text.Trim()}' {problem}";
            return false;
        }
        day = new DateOnly(date.Year, date.Month, date.Day);
        return true;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
