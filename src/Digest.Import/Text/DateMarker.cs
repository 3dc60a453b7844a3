using Digest.Core.Model;

namespace Digest.Import.Text;

/// <summary>The crawl's leading <c> date 2022-08 </c> marker: a date followed by the text it belongs to.</summary>
internal static class DateMarker
{
    /// <summary>Strips a leading marker; returns the remaining text and the date (null when there is no valid marker).</summary>
    public static string Strip(string text, out ArticleDate? date)
    {
        date = null;
        var i = 0;
        while (i < text.Length && (text[i] is ' ' or '\t' or '\u00A0' or '\uFEFF'))
        {
            i++;
        }
        if (string.CompareOrdinal(text, i, "date ", 0, 5) != 0)
        {
            return text;
        }
        var start = i + 5;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '-') && end - start < 10)
        {
            end++;
        }
        if (end == start || !ArticleDate.TryParse(text[start..end], out var parsed, out _))
        {
            return text;
        }
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return text;
        }
        date = parsed;
        return text[end..].TrimStart(' ', '\t', '\u00A0');
    }
}
