using System.Globalization;

namespace Digest.Core.Model;

/// <summary>
/// A date as precise as its source: a year, a month, a day, or a moment with its UTC offset.
/// </summary>
public readonly record struct ArticleDate(int Year, int Month, int Day, TimeSpan? TimeOfDay, TimeSpan? Offset) : IComparable<ArticleDate>
{
    public DatePrecision Precision =>
        TimeOfDay is not null ? DatePrecision.Time
        : Day > 0 ? DatePrecision.Day
        : Month > 0 ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The first instant of the period this date names (offset zero unless one was given).</summary>
    public DateTimeOffset Start =>
        new DateTimeOffset(Year, Math.Max(Month, 1), Math.Max(Day, 1), 0, 0, 0, Offset ?? TimeSpan.Zero)
            .Add(TimeOfDay ?? TimeSpan.Zero);

    /// <summary>Canonical form: <c>2022</c>, <c>2022-08</c>, <c>2022-08-14</c> or <c>2022-08-14T09:30:00+02:00</c>.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        _ => Start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + FormatOffset(Offset ?? TimeSpan.Zero),
    };

    /// <summary>An RFC 3339 timestamp for feeds and sitemaps (periods use their first day).</summary>
    public string ToRfc3339() =>
        Start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + FormatOffset(Offset ?? TimeSpan.Zero);

    public override string ToString() => ToIso();

    public int CompareTo(ArticleDate other)
    {
        var c = Start.CompareTo(other.Start);
        // Among equal starts, the more precise date sorts later (it is more specific news).
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(ArticleDate a, ArticleDate b) => a.CompareTo(b) < 0;

    public static bool operator >(ArticleDate a, ArticleDate b) => a.CompareTo(b) > 0;

    public static bool operator <=(ArticleDate a, ArticleDate b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ArticleDate a, ArticleDate b) => a.CompareTo(b) >= 0;

    /// <summary>The forms users may write, for error messages.</summary>
    public const string ExpectedForms = "YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2022-08-14T09:30:00+02:00";

    /// <summary>Parses the accepted forms; on failure returns false and a short reason.</summary>
    public static bool TryParse(string text, out ArticleDate date, out string? problem)
    {
        date = default;
        problem = null;
        var s = text.Trim();
        if (s.Length < 4 || !AllDigits(s, 0, 4))
        {
            problem = "not a date";
            return false;
        }
        var year = Int(s, 0, 4);
        if (s.Length == 4)
        {
            return Valid(year, 0, 0, out date, out problem);
        }
        if (s.Length < 7 || s[4] != '-' || !AllDigits(s, 5, 2))
        {
            problem = "not a date";
            return false;
        }
        var month = Int(s, 5, 2);
        if (s.Length == 7)
        {
            return Valid(year, month, 0, out date, out problem);
        }
        if (s.Length < 10 || s[7] != '-' || !AllDigits(s, 8, 2))
        {
            problem = "not a date";
            return false;
        }
        var day = Int(s, 8, 2);
        if (!Valid(year, month, day, out date, out problem))
        {
            return false;
        }
        if (s.Length == 10)
        {
            return true;
        }
        if (s[10] is not ('T' or 't' or ' '))
        {
            problem = "not a date";
            return false;
        }
        return ParseTime(s[11..], year, month, day, out date, out problem);
    }

    private static bool ParseTime(string rest, int year, int month, int day, out ArticleDate date, out string? problem)
    {
        date = default;
        problem = null;
        // Split off the offset: Z, +hh:mm, -hh:mm, +hhmm (possibly after a space).
        TimeSpan? offset = null;
        var timePart = rest.TrimEnd();
        if (timePart.EndsWith('Z') || timePart.EndsWith('z'))
        {
            offset = TimeSpan.Zero;
            timePart = timePart[..^1];
        }
        else
        {
            var sign = timePart.LastIndexOfAny(['+', '-']);
            if (sign > 0)
            {
                var off = timePart[(sign + 1)..].Replace(":", "", StringComparison.Ordinal);
                if (off.Length is not (2 or 4) || !AllDigits(off, 0, off.Length))
                {
                    problem = "has an invalid UTC offset";
                    return false;
                }
                var hours = Int(off, 0, 2);
                var minutes = off.Length == 4 ? Int(off, 2, 2) : 0;
                if (hours > 14 || minutes > 59)
                {
                    problem = "has an invalid UTC offset";
                    return false;
                }
                var span = new TimeSpan(hours, minutes, 0);
                offset = timePart[sign] == '-' ? -span : span;
                timePart = timePart[..sign];
            }
        }
        timePart = timePart.Trim();
        if (!TimeSpan.TryParseExact(timePart, ["hh\\:mm", "hh\\:mm\\:ss", "hh\\:mm\\:ss\\.FFFFFFF"], CultureInfo.InvariantCulture, out var time)
            || time >= TimeSpan.FromDays(1))
        {
            problem = "has an invalid time of day";
            return false;
        }
        date = new ArticleDate(year, month, day, time, offset);
        return true;
    }

    private static bool Valid(int year, int month, int day, out ArticleDate date, out string? problem)
    {
        date = default;
        problem = null;
        if (year < 1)
        {
            problem = "has no valid year";
            return false;
        }
        if (month != 0 && month is < 1 or > 12)
        {
            problem = $"has no month {month}";
            return false;
        }
        if (day != 0 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            problem = $"has no day {day} in that month";
            return false;
        }
        date = new ArticleDate(year, month, day, null, null);
        return true;
    }

    private static bool AllDigits(string s, int start, int length)
    {
        if (start + length > s.Length)
        {
            return false;
        }
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static int Int(string s, int start, int length) => int.Parse(s.AsSpan(start, length), CultureInfo.InvariantCulture);

    private static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return $"{sign}{abs.Hours:D2}:{abs.Minutes:D2}";
    }
}
