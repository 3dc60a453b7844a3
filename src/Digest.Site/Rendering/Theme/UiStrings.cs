using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Yaml;
using Digest.Site.Loading;

namespace Digest.Site.Rendering.Theme;

/// <summary>
/// The theme's UI strings and date formats for one language, from <c>i18n/&lt;lang&gt;.yml</c>:
/// <c>strings</c> (key → text), <c>months</c> (twelve names) and <c>date_formats</c> (year, month, day, time).
/// </summary>
internal sealed class UiStrings
{
    private readonly string[] _months;
    private readonly Dictionary<string, string> _formats;

    private UiStrings(Dictionary<string, object?> strings, string[] months, Dictionary<string, string> formats)
    {
        Strings = strings;
        _months = months;
        _formats = formats;
    }

    /// <summary>Key → text, as templates see them under <c>t</c>.</summary>
    public IReadOnlyDictionary<string, object?> Strings { get; }

    public string Get(string key) => Strings.TryGetValue(key, out var v) && v is string s ? s : key;

    /// <summary>Formats a date as precisely as it is known, e.g. "August 2022" or "14. August 2022".</summary>
    public string FormatDate(ArticleDate date)
    {
        var key = date.Precision switch
        {
            DatePrecision.Year => "year",
            DatePrecision.Month => "month",
            DatePrecision.Day => "day",
            _ => "time",
        };
        var format = _formats.TryGetValue(key, out var f) ? f : "{yyyy}-{mm}-{dd}";
        var local = date.Start;
        return format
            .Replace("{yyyy}", date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", date.Month is >= 1 and <= 12 ? _months[date.Month - 1] : string.Empty, StringComparison.Ordinal)
            .Replace("{mm}", date.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dd}", date.Day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{d}", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{HH}", local.Hour.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", local.Minute.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public string MonthName(int month) => month is >= 1 and <= 12 ? _months[month - 1] : string.Empty;

    /// <summary>Loads <c>i18n/&lt;language&gt;.yml</c> from the theme; a missing or broken file is an error.</summary>
    public static UiStrings Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var path = theme.Find($"i18n/{language}.yml");
        var strings = new Dictionary<string, object?>(StringComparer.Ordinal);
        var months = new string[12];
        for (var i = 0; i < 12; i++)
        {
            months[i] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null)
        {
            diagnostics.Error(theme.Layers[^1], 0, 0, $"the theme has no UI strings for language '{language}' (i18n/{language}.yml)", DiagnosticCodes.MissingUiStrings);
            return new UiStrings(strings, months, formats);
        }
        var display = DisplayPath.For(path);
        var text = SourceText.Decode(File.ReadAllBytes(path), display, diagnostics);
        if (text is null || YamlReader.Read(text, display, 0, diagnostics) is not YMapping root)
        {
            return new UiStrings(strings, months, formats);
        }
        if (root.Get("strings") is YMapping map)
        {
            foreach (var entry in map.Entries)
            {
                strings[entry.Key.Value] = entry.Value is YScalar s ? s.Value : YamlValues.ToPlain(entry.Value);
            }
        }
        if (root.Get("months") is YSequence seq && seq.Items.Count == 12)
        {
            for (var i = 0; i < 12; i++)
            {
                months[i] = (seq.Items[i] as YScalar)?.Value ?? months[i];
            }
        }
        else
        {
            diagnostics.Error(display, root.Line, root.Column, "'months' must list the twelve month names", DiagnosticCodes.InvalidMonths);
        }
        if (root.Get("date_formats") is YMapping fm)
        {
            foreach (var entry in fm.Entries)
            {
                if (entry.Value is YScalar s)
                {
                    formats[entry.Key.Value] = s.Value;
                }
            }
        }
        return new UiStrings(strings, months, formats);
    }
}
