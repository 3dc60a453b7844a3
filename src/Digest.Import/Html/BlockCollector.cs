using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Digest.Import.Model;
using Digest.Import.Text;

namespace Digest.Import.Html;

/// <summary>
/// Turns the main content's markup into text blocks (headings, paragraphs, list items), leaving out what its markup
/// shows is not article text: figures (the first caption is kept for the front matter), link lists and teasers
/// (mostly link text), a heading over nothing but links, and date lines built around a <c>&lt;time&gt;</c>.
/// </summary>
internal static partial class BlockCollector
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer", "header", "svg", "template", "select", "input", "figure", "picture", "video", "audio", "object", "embed",
    };

    /// <summary>A block at least this much link text is a link to elsewhere (a teaser, "Read also: …"), not text.</summary>
    private const double LinkShare = 0.6;

    /// <summary>A heading that is this much link is a teaser's headline: subheadings of an article link nowhere.</summary>
    private const double HeadingLinkShare = 0.9;

    /// <summary>Longer blocks are text with links in it, however many.</summary>
    private const int MaxLinkBlock = 200;

    /// <summary>A teaser's blurb under its linked headline is at most this long.</summary>
    private const int MaxTeaserBlurb = 250;

    /// <summary>A teaser's container holds its headline, its blurb and perhaps a kicker or an image, no more.</summary>
    private const int MaxTeaserParts = 3;

    /// <summary>A date line ("Published 3 May 2024", "03.06.2024, 06:00 Uhr · Von …") is at most this long.</summary>
    private const int MaxDateLine = 120;

    [GeneratedRegex(@"^\d{1,2}[:.]\d\d(?:\s*(?:Uhr|h))?$")]
    private static partial Regex ClockTime();

    public static List<(BlockKind Kind, string Text)> Collect(IElement root, ExtractedDocument doc)
    {
        var lines = new List<(BlockKind, string)>();
        Walk(root, lines, doc);
        return lines;
    }

    private static void Walk(IElement element, List<(BlockKind, string)> lines, ExtractedDocument doc)
    {
        // A teaser is a linked headline and a blurb under it, alone together in one small container.
        var afterTeaserLink = false;
        var teaserBox = element.Children.Length <= MaxTeaserParts;
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
            var wasAfterTeaserLink = afterTeaserLink && teaserBox;
            afterTeaserLink = false;
            switch (tag)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    if (IsMostlyLink(child, HeadingLinkShare))
                    {
                        Remove(child, doc);
                        afterTeaserLink = true;
                        break;
                    }
                    Add(lines, BlockKind.Heading, child);
                    break;
                case "p" or "blockquote" or "pre" or "address" or "dd" or "dt":
                    AddLeaf(child, lines, doc, wasAfterTeaserLink, ref afterTeaserLink);
                    break;
                case "ul" or "ol" when IsLinkList(child):
                    // A related-articles or navigation list, and the heading that announced it ("Key events", "Related").
                    Remove(child, doc);
                    if (lines.Count > 0 && lines[^1].Item1 == BlockKind.Heading)
                    {
                        doc.Removed.Add(lines[^1].Item2);
                        lines.RemoveAt(lines.Count - 1);
                    }
                    break;
                case "li":
                    if (IsMostlyLink(child, 1))
                    {
                        Remove(child, doc);
                        break;
                    }
                    Add(lines, BlockKind.ListItem, child);
                    break;
                case "figcaption" or "br" or "hr" or "img":
                    break;
                default:
                    if (HasBlockChildren(child))
                    {
                        Walk(child, lines, doc);
                    }
                    else
                    {
                        AddLeaf(child, lines, doc, wasAfterTeaserLink, ref afterTeaserLink);
                    }
                    break;
            }
        }
    }

    private static void AddLeaf(IElement e, List<(BlockKind, string)> lines, ExtractedDocument doc, bool afterTeaserLink, ref bool teaserLink)
    {
        var text = Text(e);
        if (text.Length == 0)
        {
            return;
        }
        if (text.Length <= MaxLinkBlock && IsMostlyLink(e, LinkShare))
        {
            doc.Removed.Add(text);
            // "Read also: …" stands alone; a link and nothing else (a teaser's headline) may have its blurb after it.
            teaserLink = e.LocalName is not ("p" or "blockquote" or "li") || IsMostlyLink(e, 1);
            return;
        }
        if (afterTeaserLink && text.Length <= MaxTeaserBlurb || IsDateLine(e, text))
        {
            doc.Removed.Add(text);
            return;
        }
        lines.Add((BlockKind.Paragraph, text));
    }

    /// <summary>A short line around a <c>&lt;time&gt;</c> that is no sentence: the page's date line, or a ticker entry's time.</summary>
    private static bool IsDateLine(IElement e, string text) =>
        text.Length <= MaxDateLine && (e.LocalName == "time" || e.QuerySelector("time") is not null) && TextTools.LastSignificant(text) is not ('.' or '!' or '?' or ':')
        || ClockTime().IsMatch(text) && e.QuerySelector("time") is not null;

    /// <summary>A list whose every item is only a link.</summary>
    private static bool IsLinkList(IElement list)
    {
        var items = 0;
        foreach (var li in list.Children)
        {
            if (li.LocalName != "li")
            {
                continue;
            }
            if (!IsMostlyLink(li, 1))
            {
                return false;
            }
            items++;
        }
        return items > 0;
    }

    /// <summary>Whether at least <paramref name="share"/> of the element's text is link text (1: all of it, give or take punctuation).</summary>
    private static bool IsMostlyLink(IElement e, double share)
    {
        var links = e.LocalName == "a" ? [e] : e.QuerySelectorAll("a").ToArray();
        if (links.Length == 0)
        {
            return false;
        }
        var linkText = 0;
        foreach (var a in links)
        {
            linkText += TextTools.CleanLine(a.TextContent).Length;
        }
        var all = TextTools.CleanLine(e.TextContent).Length;
        return share >= 1 ? linkText >= all - 3 : linkText >= all * share;
    }

    private static void Remove(IElement e, ExtractedDocument doc)
    {
        var text = TextTools.CleanLine(e.TextContent);
        if (text.Length > 0)
        {
            doc.Removed.Add(text);
        }
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
        var text = Text(e);
        if (text.Length > 0)
        {
            lines.Add((kind, text));
        }
    }

    private static string Text(IElement e)
    {
        var sb = new StringBuilder();
        AppendText(e, sb);
        return TextTools.CleanLine(sb.ToString());
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
}
