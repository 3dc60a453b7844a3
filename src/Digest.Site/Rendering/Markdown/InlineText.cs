using System.Text;
using Markdig.Syntax.Inlines;

namespace Digest.Site.Rendering.Markdown;

/// <summary>The plain text of inline Markdown (for headings in the table of contents).</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var sb = new StringBuilder();
        Append(sb, container);
        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(sb, nested);
                    break;
            }
        }
    }
}
