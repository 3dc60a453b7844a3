namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// Rejects nesting deep enough to exhaust the stack of a recursive Markdown parser or renderer,
/// before the parser sees it. Real articles never come close to these limits.
/// </summary>
public static class MarkdownGuard
{
    public const int MaxQuoteDepth = 40;

    public const int MaxIndent = 160;

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
        return null;
    }
}
