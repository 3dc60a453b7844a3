using System.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Writing;

/// <summary>Renders body blocks as Markdown: paragraphs, <c>##</c> subheadings and lists; text is escaped only where Markdown would misread it.</summary>
internal static class MarkdownBody
{
    public static string Render(IReadOnlyList<BodyBlock> blocks)
    {
        var sb = new StringBuilder();
        BlockKind? previous = null;
        foreach (var b in blocks)
        {
            if (sb.Length > 0)
            {
                // List items stay together; everything else is separated by a blank line.
                sb.Append(b.Kind == BlockKind.ListItem && previous == BlockKind.ListItem ? "\n" : "\n\n");
            }
            switch (b.Kind)
            {
                case BlockKind.Heading:
                    sb.Append("## ").Append(EscapeInline(b.Text));
                    break;
                case BlockKind.ListItem:
                    sb.Append("- ").Append(EscapeInline(b.Text));
                    break;
                default:
                    sb.Append(EscapeLineStart(EscapeInline(b.Text)));
                    break;
            }
            previous = b.Kind;
        }
        if (sb.Length > 0)
        {
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Characters that would start HTML or a link reference lose their meaning; quotes and punctuation stay as written.</summary>
    public static string EscapeInline(string text)
    {
        if (text.IndexOfAny(['<', '[', '`', '*', '_']) < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (ch)
            {
                case '<' when char.IsLetter(next) || next is '/' or '!' or '?':
                    sb.Append("&lt;");
                    continue;
                case '[' or '`':
                    sb.Append('\\').Append(ch);
                    continue;
                case '*' or '_' when (i == 0 || char.IsWhiteSpace(text[i - 1]) || char.IsPunctuation(text[i - 1])) && next != ' ' && next != '\0':
                    sb.Append('\\').Append(ch);
                    continue;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>A paragraph that starts like a heading, list, quote or rule would be read as one.</summary>
    private static string EscapeLineStart(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var ch = text[0];
        if (ch is '#' or '>' or '=' or '|' || (ch is '-' or '+' or '*' && (text.Length == 1 || text[1] == ' ' || text[1] == ch)))
        {
            return "\\" + text;
        }
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits is > 0 and < 10 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ')
        {
            return text[..digits] + "\\" + text[digits..];
        }
        return text;
    }
}
