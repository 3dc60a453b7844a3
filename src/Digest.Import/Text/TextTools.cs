using System.Text;

namespace Digest.Import.Text;

/// <summary>Small helpers for lines of page text.</summary>
internal static class TextTools
{
    /// <summary>No-break and other odd spaces become plain spaces, zero-width characters go, runs of spaces collapse.</summary>
    public static string CleanLine(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var ch in line)
        {
            if (ch is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            if (char.IsWhiteSpace(ch) || ch == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (char.IsControl(ch))
            {
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    public static int WordCount(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                n++;
            }
        }
        return n;
    }

    /// <summary>The last character that is not a quotation mark or closing bracket.</summary>
    public static char LastSignificant(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var ch = text[i];
            if (ch is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '‹' or '›' or '„' or ')' or ']' or ' ')
            {
                continue;
            }
            return ch;
        }
        return '\0';
    }

    /// <summary>A headline or subheading: short, one line, not ending like a sentence or a list fragment.</summary>
    public static bool IsHeadingLike(string text, int maxWords = 20)
    {
        if (text.Length is 0 or > 200)
        {
            return false;
        }
        var words = WordCount(text);
        if (words < 2 || words > maxWords)
        {
            return false;
        }
        var first = text[0];
        if (char.IsLower(first) || first is '•' or '·' or '-' or '*' or '–' or '▪' or '(')
        {
            return false;
        }
        return LastSignificant(text) is not ('.' or ',' or ';' or ':' or '…' or '-' or '–');
    }

    /// <summary>Cuts text to about <paramref name="max"/> characters, preferably at a sentence end.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOfAny(['.', '!', '?'], max);
        if (cut > max / 3)
        {
            return text[..(cut + 1)];
        }
        var space = text.LastIndexOf(' ', max);
        return (space > 0 ? text[..space] : text[..max]) + " …";
    }
}
