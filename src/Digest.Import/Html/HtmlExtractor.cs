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
internal static class HtmlExtractor
{
    private const string PlaceholderUrl = "https://example.invalid/article";

    /// <summary>How many blocks (badge, kicker, standfirst) may come before a byline that is not the first block.</summary>
    private const int MaxBlocksBeforeByline = 3;

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
        if (PageCleaner.Clean(page) > 0)
        {
            html = page.DocumentElement.OuterHtml;
        }
        try
        {
            var article = new SmartReader.Reader(doc.SourceUrl ?? PlaceholderUrl, html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                contentHtml = article.Content;
                readerTitle = article.Title;
                doc.Author ??= BylineNames(article.Byline);
                doc.Date ??= article.PublicationDate is { } p ? new ArticleDate(p.Year, p.Month, p.Day, null, null) : null;
                doc.Source ??= string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader gives up on some pages; the page body is the fallback.
        }
        var root = contentHtml is null ? (IElement?)page.Body : parser.ParseDocument("<html><body>" + contentHtml + "</body></html>").Body;
        string? kicker = null;
        var h1 = TitleChooser.MainHeading(page);
        var mainHeading = h1 is null ? null : TitleChooser.HeadingText(h1, out kicker);
        var fullHeading = h1 is null ? null : TextTools.CleanLine(h1.TextContent);
        doc.Title = TitleChooser.Choose(meta.Headline, mainHeading, readerTitle, meta.DocumentTitle, doc.Source);
        if (kicker is not null)
        {
            doc.Context.Add(kicker);
        }

        var lines = root is null ? [] : BlockCollector.Collect(root, doc);
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
            if (doc.Title is not null && kind == BlockKind.Heading && (Same(text, doc.Title) || mainHeading is not null && Same(text, mainHeading) || fullHeading is not null && Same(text, fullHeading)))
            {
                // The headline, wherever the content starts (a badge such as "LIVE" or a kicker may come before it).
                continue;
            }
            if (!seen.Add(text))
            {
                continue;
            }
            if (IsBylinePosition(doc.Blocks, text) && RawTextExtractor.Byline().Match(text) is { Success: true } byline)
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

    /// <summary>
    /// A byline stands above the running text: first, or among the first blocks after a badge or a standfirst, and
    /// then without a sentence's final mark ("By Friday, the council will decide." is text).
    /// </summary>
    private static bool IsBylinePosition(List<BodyBlock> blocks, string text) =>
        text.Length <= 160 && (blocks.Count == 0 || blocks.Count <= MaxBlocksBeforeByline && TextTools.LastSignificant(text) is not ('.' or '!' or '?'));

    /// <summary>A byline as SmartReader found it ("Von Anna Muster", "By A and B | 3 May"): the names alone.</summary>
    private static string? BylineNames(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }
        var text = TextTools.CleanLine(byline);
        return RawTextExtractor.Byline().Match(text) is { Success: true } m ? m.Groups["names"].Value.Trim() : text;
    }

    private static bool Same(string a, string b) => string.Equals(TextTools.CleanLine(a), TextTools.CleanLine(b), StringComparison.OrdinalIgnoreCase);

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
