using System.Buffers;
using System.Net;
using System.Text;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// Renders article bodies with Markdig in two steps: <see cref="Parse(ArticleEntry, string, DiagnosticBag)"/> (in parallel, collects headings and anchors),
/// then <see cref="Render"/> (rewrites and checks links once every article's anchors are known, sanitizes raw HTML).
/// </summary>
internal sealed class MarkdownRenderer
{
    // Markdig's advanced set, minus media links (they embed third-party iframes), generic attributes
    // (they allow arbitrary attributes such as onclick) and math/diagrams (they need external scripts).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCitations()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    // Made on first use: setting up the sanitizer's HTML and CSS parsers costs start-up time that a site without raw HTML never needs.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly bool _allowUnsafeHtml;

    public MarkdownRenderer(bool allowUnsafeHtml)
    {
        _allowUnsafeHtml = allowUnsafeHtml;
    }

    /// <summary>Parses the body; null (with an error) when it is nested too deeply to parse safely.</summary>
    public static ParsedBody? Parse(ArticleEntry entry, DiagnosticBag diagnostics) => Parse(entry, entry.Article.Body, diagnostics);

    /// <summary>Parses <paramref name="body"/>, the body of <paramref name="entry"/>'s article as read from its file.</summary>
    public static ParsedBody? Parse(ArticleEntry entry, string body, DiagnosticBag diagnostics)
    {
        var article = entry.Article;
        if (MarkdownGuard.Check(body) is { } problem)
        {
            diagnostics.Error(article.SourcePath, article.BodyLine + problem.Line - 1, 1, problem.Message, DiagnosticCodes.MarkdownTooDeep);
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig stops at its own depth limit (nested brackets, emphasis, ordered lists, containers) with an
            // ArgumentException instead of overflowing the stack; that is the author's input, not a program fault.
            diagnostics.Error(article.SourcePath, article.BodyLine, 1,
                "the Markdown is nested too deeply to render (thousands of nested brackets, emphasis markers, list markers or containers); simplify the body", DiagnosticCodes.MarkdownTooDeep);
            return null;
        }
        var headings = new List<TocEntry>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }
            anchors.Add(id);
            if (heading.Level is 2 or 3)
            {
                headings.Add(new TocEntry(heading.Level, id, InlineText.Of(heading.Inline)));
            }
        }
        return new ParsedBody(document, headings, anchors, WordCounter.Count(body));
    }

    /// <summary>Resolves links (reporting broken ones), renders HTML and sanitizes raw HTML unless the site allows it.</summary>
    public RenderedBody Render(ArticleEntry entry, ParsedBody parsed, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var document = parsed.Document;
        var hasRawHtml = false;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    RewriteLink(entry, parsed, link, targets, diagnostics);
                    break;
                case AutolinkInline autolink when UrlSafety.IsDangerous(autolink.Url):
                    autolink.Url = "#";
                    break;
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
            }
        }
        // Raw HTML is sanitized as text; every other body is encoded as it renders, as the UTF-8 it is kept as.
        var sanitize = hasRawHtml && !_allowUnsafeHtml;
        TextWriter writer = sanitize ? new StringWriter(new StringBuilder(entry.Article.Body.Length * 2)) : Utf8PageWriter.ForThisThread();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException)
        {
            // Markdig's renderer has its own depth limit (e.g. thousands of nested emphasis markers) that the parser
            // does not hit; report it like the parser's instead of failing the whole build.
            diagnostics.Error(entry.Article.SourcePath, entry.Article.BodyLine, 1,
                "the Markdown is nested too deeply to render (thousands of nested brackets, emphasis markers, list markers or containers); simplify the body", DiagnosticCodes.MarkdownTooDeep);
            return new RenderedBody(ReadOnlyMemory<byte>.Empty, parsed.Headings, parsed.WordCount);
        }
        if (writer is Utf8PageWriter utf8)
        {
            return new RenderedBody(utf8.Finish().ToArray(), parsed.Headings, parsed.WordCount);
        }
        writer.Flush();
        return new RenderedBody(Sanitizer.Value.Sanitize(writer.ToString()!), parsed.Headings, parsed.WordCount);
    }

    private static void RewriteLink(ArticleEntry entry, ParsedBody parsed, LinkInline link, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        var article = entry.Article;
        var line = article.BodyLine + link.Line;
        var column = link.Column + 1;
        if (UrlSafety.IsDangerous(url))
        {
            diagnostics.Warning(article.SourcePath, line, column, $"link to '{Shorten(url)}' was removed: scripts and data URLs are not allowed in links", DiagnosticCodes.UnsafeLink);
            link.Url = "#";
            return;
        }
        if (UrlSafety.IsExternal(url))
        {
            return;
        }
        var (path, fragment) = SplitFragment(url);
        if (path.Length == 0)
        {
            if (fragment.Length > 0 && !parsed.Anchors.Contains(fragment))
            {
                diagnostics.Error(article.SourcePath, line, column, $"link '#{fragment}' points to no heading in this article", DiagnosticCodes.BrokenAnchor);
            }
            return;
        }
        if (path.StartsWith('/'))
        {
            diagnostics.Error(article.SourcePath, line, column,
                $"link '{Shorten(url)}' starts with '/': such links break when the site is opened from disk or a sub-folder; link the file relative to this article instead", DiagnosticCodes.RootRelativeLink);
            return;
        }
        var decoded = Uri.UnescapeDataString(path);
        var articleDir = Path.GetDirectoryName(Path.GetFullPath(article.SourcePath)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(articleDir, decoded));
        if (decoded.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var stem = Path.GetFileNameWithoutExtension(full);
            if (targets.ArticlesByStem.TryGetValue(stem, out var target))
            {
                if (fragment.Length > 0 && targets.BodiesByStem.TryGetValue(stem, out var body) && !body.Anchors.Contains(fragment))
                {
                    diagnostics.Error(article.SourcePath, line, column, $"link '{Shorten(url)}': '{stem}.md' has no heading with the anchor '#{fragment}'", DiagnosticCodes.BrokenAnchor);
                }
                link.Url = Links.Relative(entry.OutputPath, target.OutputPath) + (fragment.Length > 0 ? "#" + fragment : string.Empty);
                return;
            }
            if (targets.UnpublishedStems.Contains(stem))
            {
                diagnostics.Warning(article.SourcePath, line, column, $"link to '{stem}.md' leads to a draft or future article that is not published; the link is left out", DiagnosticCodes.UnpublishedLink);
                link.Url = "#";
                return;
            }
            diagnostics.Error(article.SourcePath, line, column, $"link '{Shorten(url)}' points to no article (no file '{stem}.md' in articles/)", DiagnosticCodes.BrokenArticleLink);
            return;
        }
        if (targets.StaticFilesBySource.TryGetValue(full, out var outputPath))
        {
            link.Url = Links.Relative(entry.OutputPath, outputPath) + (fragment.Length > 0 ? "#" + fragment : string.Empty);
            return;
        }
        diagnostics.Error(article.SourcePath, line, column,
            $"link '{Shorten(url)}' points to a file that is not part of the site (files must be in input/images/ or input/static/)", DiagnosticCodes.BrokenFileReference);
    }

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : string.Empty;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }
        return (path, fragment);
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    /// <summary>Text of rendered HTML, for search and feeds' summaries: tags become spaces, entities are decoded, runs of white space become one space.</summary>
    public static string PlainText(string html) => PlainText(html.AsSpan());

    /// <summary><see cref="PlainText(string)"/> of HTML held as UTF-8, as the memo of earlier builds keeps it.</summary>
    public static string PlainText(ReadOnlySpan<byte> htmlUtf8)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(htmlUtf8.Length)));
        try
        {
            var length = Encoding.UTF8.GetChars(htmlUtf8, chars);
            return PlainText(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string PlainText(ReadOnlySpan<char> html)
    {
        // A hand-written scan into one pooled buffer: this runs on every article, and regular expressions or a
        // string per step cost more than parsing the Markdown. Stripping tags only shrinks the text, so it fits.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, html.Length));
        try
        {
            var length = StripTags(html, buffer);
            var stripped = buffer.AsSpan(0, length);
            if (stripped.Contains('&'))
            {
                // Entities are rare in prose (Markdig writes quotes as &quot;); decoding is left to the framework.
                return Collapse(WebUtility.HtmlDecode(new string(stripped)));
            }
            return new string(buffer, 0, CollapseInPlace(stripped));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies <paramref name="html"/> with each tag replaced by one space; an unclosed tag is kept as text.</summary>
    private static int StripTags(ReadOnlySpan<char> html, Span<char> into)
    {
        var length = 0;
        var i = 0;
        while (i < html.Length)
        {
            var rest = html[i..];
            var open = rest.IndexOf('<');
            var close = open < 0 ? -1 : rest[(open + 1)..].IndexOf('>');
            if (close < 0)
            {
                rest.CopyTo(into[length..]);
                length += rest.Length;
                break;
            }
            rest[..open].CopyTo(into[length..]);
            length += open;
            into[length++] = ' ';
            i += open + 1 + close + 1;
        }
        return length;
    }

    private static string Collapse(string text)
    {
        var chars = text.ToCharArray();
        return new string(chars, 0, CollapseInPlace(chars));
    }

    /// <summary>Drops leading and trailing white space and turns each inner run into one space; the result never outgrows the input.</summary>
    private static int CollapseInPlace(Span<char> text)
    {
        var length = 0;
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                inSpace = true;
                continue;
            }
            if (inSpace && length > 0)
            {
                text[length++] = ' ';
            }
            inSpace = false;
            text[length++] = ch;
        }
        return length;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
