using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Model;

namespace Digest.Import.Text;

/// <summary>
/// Finds publication dates written in the text: "25 Februar 2022", "25. Februar 2022", "20.04.2024 | 02:56 Uhr",
/// "August 25, 2022", "2022-08-25". Only lines that are mostly a date count (a dateline or byline),
/// so dates inside sentences ("bei einer Rede am 22. Juli 2022") are not taken for the publication date.
/// </summary>
internal static partial class InTextDate
{
    private const int MaxOtherWords = 6;

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.?\s(?<m>[A-Za-zäÄ]{3,9})\.?\s(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[A-Za-z]{3,9})\.?\s(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<m>[A-Za-zäÄ]{3,9})\s(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    /// <summary>A place, a comma, a date and a dash before the first sentence: "BERLIN, 3. Mai 2023 – ", "Washington, May 3, 2023 — ".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’/ -]{1,30},\s(?<date>[^–—]{6,32}?)\s?(?:--|[–—-])\s+(?=\p{Lu}|[„""«])")]
    private static partial Regex LeadingDateline();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jänner"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februar"] = 2, ["february"] = 2, ["feb"] = 2, ["febr"] = 2,
        ["märz"] = 3, ["maerz"] = 3, ["march"] = 3, ["mär"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    };

    /// <summary>Filler a dateline may hold besides the date.</summary>
    private static readonly HashSet<string> DatelineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "uhr", "stand", "veröffentlicht", "aktualisiert", "zuletzt", "am", "um", "published", "updated", "on", "at",
        "erstellt", "datum", "date", "last", "modified", "von", "by", "mez", "mesz", "cet", "cest", "utc", "gmt", "am", "pm",
    };

    /// <summary>True when <paramref name="line"/> is essentially a date (plus time, "Stand:", a short byline…).</summary>
    public static bool TryParseDateline(string line, out ArticleDate date)
    {
        date = default;
        if (line.Length > 120)
        {
            return false;
        }
        if (!TryFind(line, out date, out var index, out var length))
        {
            return false;
        }
        var rest = string.Concat(line.AsSpan(0, index), " ", line.AsSpan(index + length));
        var others = 0;
        foreach (Match w in Word().Matches(rest))
        {
            if (w.Value.All(char.IsAsciiDigit) || DatelineWords.Contains(w.Value))
            {
                continue;
            }
            others++;
        }
        return others <= MaxOtherWords && !line.TrimEnd().EndsWith('?');
    }

    /// <summary>A dateline at the start of the lead paragraph: gives its date and the paragraph without it.</summary>
    public static bool TryStripLeadingDateline(string paragraph, out ArticleDate date, out string rest)
    {
        date = default;
        rest = paragraph;
        var m = LeadingDateline().Match(paragraph);
        if (!m.Success || !TryParseDateline(m.Groups["date"].Value, out date) || date.Day == 0)
        {
            return false;
        }
        rest = paragraph[m.Length..];
        return true;
    }

    /// <summary>The most precise date found anywhere in <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out ArticleDate date, out int index, out int length)
    {
        foreach (var regex in (Regex[])[Iso(), Numeric(), DayMonthYear(), MonthDayYear()])
        {
            foreach (Match m in regex.Matches(text))
            {
                if (TryBuild(m, out date))
                {
                    index = m.Index;
                    length = m.Length;
                    return true;
                }
            }
        }
        foreach (Match m in MonthYear().Matches(text))
        {
            if (Months.TryGetValue(m.Groups["m"].Value, out var month))
            {
                date = new ArticleDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, 0, null, null);
                index = m.Index;
                length = m.Length;
                return true;
            }
        }
        date = default;
        index = length = 0;
        return false;
    }

    private static bool TryBuild(Match m, out ArticleDate date)
    {
        date = default;
        var monthText = m.Groups["m"].Value;
        int month;
        if (monthText.Length > 0 && char.IsAsciiDigit(monthText[0]))
        {
            month = int.Parse(monthText, CultureInfo.InvariantCulture);
        }
        else if (!Months.TryGetValue(monthText, out month))
        {
            return false;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new ArticleDate(year, month, day, null, null);
        return true;
    }
}
