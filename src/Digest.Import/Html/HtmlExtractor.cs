using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Core.Model;
using Digest.Import.Boilerplate;
using Digest.Import.People;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.Html;

/// <summary>
/// Reads a saved page: SmartReader finds the main content, which is converted to the same clean blocks as a
/// text dump (never raw HTML); headline, date, author, outlet and image come from JSON-LD and meta tags.
/// </summary>
public static class HtmlExtractor
{
    private const string PlaceholderUrl = "https://example.invalid/article";

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer", "header", "svg", "template", "select", "input", "figure", "picture", "video", "audio", "object", "embed",
    };

    public static ExtractedDocument Extract(string html, string? url, BoilerplateRules rules, Lexicon lexicon)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        var meta = MetadataReader.Read(page);
        var doc = new ExtractedDocument
        {
            SourceUrl = url ?? AbsoluteUrl(meta.Url),
            Source = meta.Publisher,
            DeclaredLang = NormalizeLang(meta.Lang),
            Summary = meta.Description is null ? null : TextTools.CleanLine(meta.Description),
            ImageSrc = AbsoluteUrl(meta.Image),
        };
        if (meta.Authors.Count > 0)
        {
            doc.Author = string.Join(", ", meta.Authors);
        }
        doc.Date = ParseDate(meta.DatePublished);

        string? contentHtml = null;
        string? readerTitle = null;
        try
        {
            var article = new SmartReader.Reader(doc.SourceUrl ?? PlaceholderUrl, html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                contentHtml = article.Content;
                readerTitle = article.Title;
                doc.Author ??= string.IsNullOrWhiteSpace(article.Byline) ? null : TextTools.CleanLine(article.Byline);
                doc.Date ??= article.PublicationDate is { } p ? new ArticleDate(p.Year, p.Month, p.Day, null, null) : null;
                doc.Source ??= string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader gives up on some pages; the page body is the fallback.
        }
        var root = contentHtml is null ? (IElement?)page.Body : parser.ParseDocument("<html><body>" + contentHtml + "</body></html>").Body;
        var h1 = page.QuerySelector("main h1, article h1") ?? page.QuerySelector("h1");
        var mainHeading = h1 is null ? null : TextTools.CleanLine(h1.TextContent);
        doc.Title = CleanTitle(meta.Headline ?? (string.IsNullOrEmpty(mainHeading) ? null : mainHeading) ?? readerTitle ?? meta.DocumentTitle, doc.Source);

        var lines = new List<(BlockKind Kind, string Text)>();
        if (root is not null)
        {
            Collect(root, lines, doc);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stopped = false;
        foreach (var (kind, raw) in lines)
        {
            var text = rules.Strip(raw);
            if (stopped)
            {
                doc.Removed.Add(text);
                continue;
            }
            var verdict = rules.Classify(text);
            if (verdict == LineVerdict.Stop && doc.Blocks.Count > 0)
            {
                stopped = true;
                doc.Removed.Add(text);
                continue;
            }
            if (text.Length == 0 || verdict != LineVerdict.Keep || rules.TrySplitCaption(text, out _, out _) || Gibberish.IsScrambled(text))
            {
                doc.Removed.Add(text);
                continue;
            }
            if (doc.Title is not null && kind == BlockKind.Heading && doc.Blocks.Count == 0 && Same(text, doc.Title))
            {
                continue;
            }
            if (!seen.Add(text))
            {
                continue;
            }
            if (doc.Blocks.Count == 0 && text.Length <= 160 && RawTextExtractor.Byline().Match(text) is { Success: true } byline)
            {
                // "Von Erika Muster" above the first paragraph is the byline, not body text.
                doc.Author ??= byline.Groups["names"].Value.Trim();
                doc.Removed.Add(text);
                continue;
            }
            doc.Blocks.Add(new BodyBlock(kind, text));
        }
        CleanByStructure(doc, rules);
        return doc;
    }

    private static void Collect(IElement element, List<(BlockKind, string)> lines, ExtractedDocument doc)
    {
        foreach (var child in element.Children)
        {
            var tag = child.LocalName;
            if (Skipped.Contains(tag))
            {
                if (tag is "figure" or "picture" && doc.ImageCaption is null && child.QuerySelector("figcaption") is { } caption)
                {
                    doc.ImageCaption = TextTools.CleanLine(caption.TextContent);
                }
                continue;
            }
            switch (tag)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(lines, BlockKind.Heading, child);
                    break;
                case "p" or "blockquote" or "pre" or "address" or "dd" or "dt":
                    Add(lines, BlockKind.Paragraph, child);
                    break;
                case "li":
                    if (IsLinkOnly(child))
                    {
                        doc.Removed.Add(TextTools.CleanLine(child.TextContent));
                        break;
                    }
                    Add(lines, BlockKind.ListItem, child);
                    break;
                case "figcaption":
                    break;
                case "br" or "hr" or "img":
                    break;
                default:
                    if (HasBlockChildren(child))
                    {
                        Collect(child, lines, doc);
                    }
                    else
                    {
                        Add(lines, BlockKind.Paragraph, child);
                    }
                    break;
            }
        }
    }

    /// <summary>The block classifier of text dumps, on the page's blocks: SmartReader leaves teasers, credits and blurbs in.</summary>
    private static void CleanByStructure(ExtractedDocument doc, BoilerplateRules rules)
    {
        var units = new List<TextUnit>(doc.Blocks.Count);
        foreach (var b in doc.Blocks)
        {
            units.Add(new TextUnit(b.Text, true));
        }
        var verdicts = BlockClassifier.Classify(units, -1, BlockModel.Default, rules);
        var kept = new List<BodyBlock>(doc.Blocks.Count);
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            // Headings are marked up as such; only their text's debris features (a breadcrumb, a count) speak against them.
            var block = doc.Blocks[i];
            if (verdicts[i].Debris && (block.Kind != BlockKind.Heading || !verdicts[i].Features.Contains("between_content")))
            {
                doc.Removed.Add(block.Text);
                continue;
            }
            kept.Add(block);
        }
        doc.Blocks.Clear();
        doc.Blocks.AddRange(kept);
    }

    /// <summary>A list item that is nothing but a link: a related-articles or navigation list.</summary>
    private static bool IsLinkOnly(IElement li)
    {
        var links = li.QuerySelectorAll("a");
        if (links.Length == 0)
        {
            return false;
        }
        var linkText = 0;
        foreach (var a in links)
        {
            linkText += TextTools.CleanLine(a.TextContent).Length;
        }
        return linkText >= TextTools.CleanLine(li.TextContent).Length - 3;
    }

    private static bool HasBlockChildren(IElement e)
    {
        foreach (var c in e.Children)
        {
            if (c.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "figure" or "table" or "main" or "header" or "footer" or "aside" or "nav")
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(List<(BlockKind, string)> lines, BlockKind kind, IElement e)
    {
        var sb = new StringBuilder();
        AppendText(e, sb);
        var text = TextTools.CleanLine(sb.ToString());
        if (text.Length > 0)
        {
            lines.Add((kind, text));
        }
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement el)
            {
                if (Skipped.Contains(el.LocalName))
                {
                    continue;
                }
                if (el.LocalName == "br")
                {
                    sb.Append(' ');
                    continue;
                }
                AppendText(el, sb);
                if (el.LocalName is "p" or "div" or "li")
                {
                    sb.Append(' ');
                }
            }
            else if (child.NodeType == NodeType.Text)
            {
                sb.Append(child.TextContent);
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(TextTools.CleanLine(a), TextTools.CleanLine(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Drops the outlet from "Headline | Outlet" and "Headline - Outlet".</summary>
    private static string? CleanTitle(string? title, string? source)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        title = TextTools.CleanLine(title);
        foreach (var sep in (string[])[" | ", " - ", " – ", " — ", " :: "])
        {
            var at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = title[(at + sep.Length)..];
                if (source is not null && tail.Contains(source, StringComparison.OrdinalIgnoreCase) || sep == " | " && TextTools.WordCount(tail) <= 3)
                {
                    return title[..at].Trim();
                }
            }
        }
        return title;
    }

    public static ArticleDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (value.Length >= 10 && ArticleDate.TryParse(value[..10], out var day, out _))
        {
            return day;
        }
        return InTextDate.TryFind(value, out var found, out _, out _) ? found : null;
    }

    private static string? NormalizeLang(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang) || lang.Length < 2)
        {
            return null;
        }
        return lang[..2].ToLowerInvariant();
    }

    private static string? AbsoluteUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.ToString() : null;
}
