using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Rendering.Editions;

/// <summary>
/// Renders the introductions of written editions, with the same links, checks and sanitizing as article bodies. Links
/// are written relative to the edition file (<c>../articles/x.md</c>), as an editor's Markdown preview resolves them.
/// </summary>
internal static class EditionIntroductions
{
    /// <summary>The introduction of each edition by its index; null for automatic editions and empty bodies.</summary>
    public static RenderedBody?[] RenderAll(SiteIndex index, DiagnosticBag diagnostics)
    {
        var result = new RenderedBody?[index.Editions.Count];
        if (result.Length == 0)
        {
            return result;
        }
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.StaticFiles)
        {
            statics[Path.GetFullPath(file.SourcePath)] = file.OutputPath;
        }
        var targets = new LinkTargets(index.ArticlesByStem, index.UnpublishedStems, new Dictionary<string, ParsedBody>(), statics);
        var renderer = new MarkdownRenderer(index.Settings.UnsafeHtml);
        foreach (var edition in index.Editions)
        {
            if (edition.Definition is not { } definition || string.IsNullOrWhiteSpace(definition.Body))
            {
                continue;
            }
            var article = new Article
            {
                SourcePath = definition.SourcePath,
                FileStem = definition.FileStem,
                Title = definition.Title,
                Date = definition.Date,
                Body = definition.Body,
                BodyLine = definition.BodyLine,
            };
            // Rendered as if it were an article page, then its links are re-pointed from there to the edition page.
            var entry = new ArticleEntry(article, edition.Slug, index.Settings.Language);
            if (MarkdownRenderer.Parse(entry, diagnostics) is { } parsed)
            {
                var body = renderer.Render(entry, parsed, targets, diagnostics);
                var from = entry.OutputPath;
                var html = LinkRebaser.Rebase(body.Html, from, path => path == from ? string.Empty : Links.Relative(edition.OutputPath, path));
                result[edition.Index] = new RenderedBody(html, body.Headings, body.WordCount);
            }
        }
        return result;
    }
}
