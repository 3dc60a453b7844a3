using Digest.Core.Diagnostics;
using Digest.Site.Rendering.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Site.Checking;

/// <summary>Images without alt text, in the front matter's <c>image:</c> and in Markdown bodies.</summary>
internal sealed class ImageAltRule : ICheckRule
{
    // Precise locations give each inline its offset in the body, so images are reported at their '!'.
    private static readonly Markdig.MarkdownPipeline Pipeline = new Markdig.MarkdownPipelineBuilder { PreciseSourceLocation = true }.Build();

    public void Check(CheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var article in context.Content.Articles)
        {
            if (article.Image is { Src: not null } image && string.IsNullOrWhiteSpace(image.Alt))
            {
                diagnostics.Warning(article.SourcePath, image.Span.Line, image.Span.Column,
                    $"image '{image.Src}' has no alt text; write it as a map with 'alt:' describing the picture for readers who cannot see it", DiagnosticCodes.ImageWithoutAlt);
            }
            foreach (var (line, column, url) in ImagesWithoutAlt(context.Content.Bodies.Of(article)))
            {
                diagnostics.Warning(article.SourcePath, article.BodyLine + line, column,
                    $"image '{url}' has no alt text; describe it between the brackets: ![what it shows]({url})", DiagnosticCodes.ImageWithoutAlt);
            }
        }
    }

    /// <summary>Body-relative line (0-based) and 1-based column of each image whose alt text is empty.</summary>
    public static List<(int Line, int Column, string Url)> ImagesWithoutAlt(string markdown)
    {
        var result = new List<(int, int, string)>();
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage && InlineText.Of(link).Length == 0)
            {
                var (line, column) = Position(markdown, link.Span.Start);
                result.Add((line, column, link.Url ?? string.Empty));
            }
        }
        return result;
    }

    /// <summary>0-based line and 1-based column of a character offset.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
