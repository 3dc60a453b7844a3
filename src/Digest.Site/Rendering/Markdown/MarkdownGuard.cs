namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// Rejects nesting deep enough to exhaust the stack of a recursive Markdown parser or renderer,
/// before the parser sees it. Real articles never come close to these limits.
/// </summary>
internal static class MarkdownGuard
{
    public const int MaxQuoteDepth = 40;

    public const int MaxIndent = 160;

    /// <summary>Raw HTML nested deeper than this makes the sanitizer's tree work slow enough to look like a hang.</summary>
    public const int MaxHtmlDepth = 100;

    // Elements that never have or need a closing tag; they do not deepen the tree.
    private static readonly HashSet<string> UnclosedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rp", "rt",
    };

    /// <summary>Returns (line, message) for the first line nested too deeply, or null when the text is fine.</summary>
    public static (int Line, string Message)? Check(string body)
    {
        var line = 1;
        var i = 0;
        while (i < body.Length)
        {
            var quotes = 0;
            var indent = 0;
            var listMarkers = 0;
            var j = i;
            for (; j < body.Length && body[j] != '\n'; j++)
            {
                var ch = body[j];
                if (ch == '>')
                {
                    quotes++;
                }
                else if (ch == ' ')
                {
                    indent++;
                }
                else if (ch == '\t')
                {
                    indent += 4;
                }
                else if ((ch is '-' or '*' or '+') && j + 1 < body.Length && body[j + 1] == ' ')
                {
                    listMarkers++;
                }
                else
                {
                    break;
                }
            }
            if (quotes > MaxQuoteDepth)
            {
                return (line, $"block quotes are nested {quotes} levels deep; at most {MaxQuoteDepth} are supported");
            }
            if (indent > MaxIndent || listMarkers > MaxQuoteDepth)
            {
                return (line, $"this line is indented or nested too deeply ({indent} spaces); lists may be nested about {MaxIndent / 4} levels at most");
            }
            var next = body.IndexOf('\n', j);
            if (next < 0)
            {
                break;
            }
            i = next + 1;
            line++;
        }
        return CheckHtmlNesting(body);
    }

    /// <summary>Returns (line, message) where open raw HTML elements first nest deeper than <see cref="MaxHtmlDepth"/>.</summary>
    public static (int Line, string Message)? CheckHtmlNesting(string body)
    {
        var line = 1;
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\n')
            {
                line++;
                continue;
            }
            if (ch != '<' || i + 1 >= body.Length)
            {
                continue;
            }
            var closing = body[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < body.Length && char.IsAsciiLetterOrDigit(body[end]))
            {
                end++;
            }
            if (end == start || !char.IsAsciiLetter(body[start]) || end >= body.Length || !(body[end] is '>' or '/' or ' ' or '\t' or '\n' or '\r'))
            {
                // Not a tag: a comparison, an autolink (<https://…>, <a@b.c>) or plain text.
                continue;
            }
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (UnclosedElements.Contains(body.AsSpan(start, end - start).ToString()) || IsSelfClosing(body, end))
            {
                continue;
            }
            depth++;
            if (depth > MaxHtmlDepth)
            {
                return (line, $"raw HTML elements are nested more than {MaxHtmlDepth} levels deep; close them or simplify the markup");
            }
        }
        return null;
    }

    private static bool IsSelfClosing(string body, int from)
    {
        // Bounded so a body full of unterminated tags stays linear.
        var close = body.IndexOf('>', from, Math.Min(2000, body.Length - from));
        return close > 0 && body[close - 1] == '/';
    }
}
