using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Model;
using Digest.Core.Text;
using Digest.Import.Boilerplate;
using Digest.Import.People;
using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Text;

/// <summary>
/// Reads a crawl's text dump of a page: the <c> date …</c> marker, navigation, kicker, headline, byline,
/// dateline, lead caption, paragraphs and subheadings; removes boilerplate and photo captions.
/// </summary>
internal static partial class RawTextExtractor
{
    /// <summary>How far from the top the headline, byline and dateline may be.</summary>
    private const int HeaderZone = 8;

    [GeneratedRegex(@"^(?:(?i:von|by|text|autor|autorin|author)\s*:?\s+)(?<names>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|\bund\b|\band\b|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}){0,4})\s*(?:[|,·–-].{0,60})?$")]
    internal static partial Regex Byline();

    [GeneratedRegex(@"^\s*[•·▪◦‣*–-]\s+")]
    private static partial Regex Bullet();

    public static ExtractedDocument Extract(string text, BoilerplateRules rules, Lexicon lexicon)
    {
        var doc = new ExtractedDocument();
        var rest = DateMarker.Strip(text, out var markerDate);
        var hasMarker = markerDate is not null;
        var units = Split(rest);

        ApplyRules(units, rules, doc);
        CaptionFinder.Apply(units, rules, doc);
        // A lead caption with a credit ("… Foto: dpa") is already gone; the headline may follow it.
        var captionFirst = units.Count > 0 && units[0].Removed && doc.ImageCaption is not null;
        DropNavigation(units);

        // The header: dateline, byline, lead caption, kicker and headline.
        var header = new List<TextUnit>();
        foreach (var u in units)
        {
            if (!u.Removed)
            {
                header.Add(u);
                if (header.Count == HeaderZone)
                {
                    break;
                }
            }
        }
        ArticleDate? textDate = null;
        foreach (var u in header)
        {
            if (Byline().IsMatch(u.Text))
            {
                // "Von Erika Muster | 20.04.2024": the byline logic below takes the author, the date counts here.
                if (InTextDate.TryFind(u.Text, out var bylineDate, out _, out _))
                {
                    textDate = bylineDate;
                    break;
                }
                continue;
            }
            if (InTextDate.TryParseDateline(u.Text, out var d))
            {
                textDate = d;
                u.Removed = true;
                break;
            }
            if (InTextDate.TryStripLeadingDateline(u.Text, out d, out var lead))
            {
                textDate = d;
                doc.Removed.Add(u.Text[..^lead.Length]);
                u.Text = lead;
                break;
            }
        }
        if (textDate is null)
        {
            // A date at the very end ("August 25, 2022") is the page's dateline too.
            for (var i = units.Count - 1; i >= 0 && i >= units.Count - 3; i--)
            {
                if (!units[i].Removed && InTextDate.TryParseDateline(units[i].Text, out var d))
                {
                    textDate = d;
                    units[i].Removed = true;
                    break;
                }
            }
        }
        doc.Date = Finer(textDate, markerDate);

        var bylineIndex = -1;
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Removed)
            {
                continue;
            }
            var m = Byline().Match(header[i].Text);
            if (m.Success && header[i].Text.Length <= 160)
            {
                doc.Author = m.Groups["names"].Value.Trim();
                header[i].Removed = true;
                bylineIndex = i;
                break;
            }
        }

        var live = header.FindAll(static u => !u.Removed);
        TextUnit? title = null;
        if (bylineIndex >= 0)
        {
            // The headline is the heading right above the byline; anything above it is a kicker.
            for (var i = bylineIndex - 1; i >= 0; i--)
            {
                if (!header[i].Removed && TextTools.IsHeadingLike(header[i].Text))
                {
                    title = header[i];
                    for (var k = 0; k < i; k++)
                    {
                        if (!header[k].Removed)
                        {
                            doc.Context.Add(header[k].Text);
                            header[k].Removed = true;
                        }
                    }
                    break;
                }
            }
        }
        else if (live.Count > 0)
        {
            if (hasMarker)
            {
                // A dump that starts with the marker starts with the lead caption or the lead itself.
                if (captionFirst && TextTools.IsHeadingLike(live[0].Text))
                {
                    title = live[0];
                }
                else if (live.Count > 1 && TextTools.IsHeadingLike(live[1].Text) && IsLeadCaption(live[0].Text, lexicon))
                {
                    SetCaption(doc, live[0].Text, rules);
                    live[0].Removed = true;
                    title = live[1];
                }
            }
            else
            {
                title = PickHeadline(live, units, doc);
            }
        }
        var headlineIndex = -1;
        if (title is not null)
        {
            if (HeadlineFinder.TrySplitGluedKicker(title.Text, out var kicker, out var headline))
            {
                doc.Context.Add(kicker);
                title.Text = headline;
            }
            doc.Title = title.Text;
            headlineIndex = units.IndexOf(title);
        }
        BlockClassifier.Apply(units, headlineIndex, BlockModel.Default, rules, doc.Removed);
        if (title is not null)
        {
            title.Removed = true;
        }

        BuildBody(units, doc);
        return doc;
    }

    /// <summary>The headline by evidence among the top lines; a short heading-like line right above it is its kicker.</summary>
    private static TextUnit? PickHeadline(List<TextUnit> live, List<TextUnit> units, ExtractedDocument doc)
    {
        var texts = new List<string>(live.Count);
        foreach (var u in live)
        {
            texts.Add(u.Text);
        }
        var folded = new List<string>(Math.Min(units.Count, HeaderZone * 2));
        for (var i = 0; i < units.Count && i < HeaderZone * 2; i++)
        {
            folded.Add(SearchFolding.Fold(units[i].Text));
        }
        var pick = HeadlineFinder.Pick(texts, folded);
        if (pick < 0)
        {
            return null;
        }
        if (pick > 0 && TextTools.WordCount(live[pick - 1].Text) <= 4 && TextTools.IsHeadingLike(live[pick - 1].Text)
            && TextTools.WordCount(live[pick].Text) > TextTools.WordCount(live[pick - 1].Text))
        {
            // A short line over a longer heading is a kicker ("Ukraine-Krieg" over the headline).
            doc.Context.Add(live[pick - 1].Text);
            live[pick - 1].Removed = true;
        }
        return live[pick];
    }

    private static List<TextUnit> Split(string text)
    {
        var units = new List<TextUnit>();
        var blank = true;
        var lineIndex = -1;
        var raws = text.Split('\n');
        var nonBlank = 0;
        foreach (var raw in raws)
        {
            nonBlank += string.IsNullOrWhiteSpace(raw) ? 0 : 1;
        }
        var longestUncut = LongLineSplitter.LongestUncut(nonBlank);
        foreach (var raw in raws)
        {
            var line = TextTools.CleanLine(raw);
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }
            var pieces = LongLineSplitter.Split(line, longestUncut);
            if (pieces.Count > 1)
            {
                lineIndex++;
                foreach (var piece in pieces)
                {
                    units.Add(new TextUnit(piece, blank, lineIndex));
                    blank = false;
                }
                continue;
            }
            var unit = new TextUnit(line, blank);
            var bullet = Bullet().Match(line);
            if (bullet.Success && bullet.Length < line.Length)
            {
                unit.IsBullet = true;
                unit.Text = line[bullet.Length..];
            }
            units.Add(unit);
            blank = false;
        }
        return units;
    }

    private static void ApplyRules(List<TextUnit> units, BoilerplateRules rules, ExtractedDocument doc)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var stripped = rules.Strip(u.Text);
            if (stripped.Length == 0)
            {
                u.Removed = true;
                doc.Removed.Add(u.Text);
                continue;
            }
            u.Text = stripped;
            var verdict = rules.Classify(u.Text);
            if (verdict == LineVerdict.Stop && i > 0)
            {
                for (var k = i; k < units.Count; k++)
                {
                    if (!units[k].Removed)
                    {
                        units[k].Removed = true;
                        doc.Removed.Add(units[k].Text);
                    }
                }
                return;
            }
            // A caption is left to the caption finder even when a phrase rule would drop it, so its text reaches front matter.
            if (!rules.TrySplitCaption(u.Text, out _, out _) && (verdict != LineVerdict.Keep || Gibberish.IsScrambled(u.Text)))
            {
                u.Removed = true;
                doc.Removed.Add(u.Text);
            }
        }
    }

    /// <summary>Site navigation at the top: one- or two-word lines before the first real line.</summary>
    private static void DropNavigation(List<TextUnit> units)
    {
        foreach (var u in units)
        {
            if (u.Removed)
            {
                continue;
            }
            if (TextTools.WordCount(u.Text) > 2 || u.Text.EndsWith('.') || u.Text.EndsWith('?') || InTextDate.TryParseDateline(u.Text, out _))
            {
                return;
            }
            u.Removed = true;
        }
    }

    private static bool IsLeadCaption(string text, Lexicon lexicon)
    {
        if (TextTools.WordCount(text) > 70)
        {
            return false;
        }
        foreach (var word in SearchWords(text))
        {
            if (lexicon.ReportingVerbs.Contains(word) && word is not "so")
            {
                return false;
            }
        }
        return text.Contains(':', StringComparison.Ordinal)
            || text.Contains(", hier ", StringComparison.Ordinal)
            || text.Contains("Archiv", StringComparison.Ordinal)
            || text.Contains("Symbolbild", StringComparison.Ordinal)
            || text.Contains("(Foto", StringComparison.Ordinal)
            || text.Contains("(l.)", StringComparison.Ordinal)
            || text.Contains("(r.)", StringComparison.Ordinal)
            || text.Contains("(M.)", StringComparison.Ordinal)
            || text.Contains("(v.l.", StringComparison.Ordinal)
            || text.Contains("pictured", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> SearchWords(string text)
    {
        foreach (var w in text.Split([' ', ',', '.', ':', ';', '"', '„', '“', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return w;
        }
    }

    private static void SetCaption(ExtractedDocument doc, string text, BoilerplateRules rules)
    {
        if (rules.TrySplitCaption(text, out var caption, out var credit))
        {
            doc.ImageCaption = caption;
            doc.ImageCredit = credit;
        }
        else
        {
            doc.ImageCaption = text;
            doc.ImageCredit = null;
        }
        doc.Removed.Add(text);
    }

    private static ArticleDate? Finer(ArticleDate? inText, ArticleDate? marker)
    {
        if (inText is null)
        {
            return marker;
        }
        if (marker is null)
        {
            return inText;
        }
        return inText.Value.Precision >= marker.Value.Precision ? inText : marker;
    }

    private static void BuildBody(List<TextUnit> units, ExtractedDocument doc)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextUnit>();
        foreach (var u in units)
        {
            if (u.Removed)
            {
                continue;
            }
            // Pages repeat teasers and paragraphs; the second copy is debris.
            if (!seen.Add(SearchFolding.Fold(u.Text)))
            {
                doc.Removed.Add(u.Text);
                continue;
            }
            kept.Add(u);
        }
        for (var i = 0; i < kept.Count; i++)
        {
            var u = kept[i];
            if (u.Line >= 0)
            {
                // The kept sentences of one overlong line, in a row, are one paragraph again.
                var paragraph = new StringBuilder(u.Text);
                while (i + 1 < kept.Count && kept[i + 1].Line == u.Line)
                {
                    paragraph.Append(' ').Append(kept[++i].Text);
                }
                doc.Blocks.Add(new BodyBlock(BlockKind.Paragraph, paragraph.ToString()));
                continue;
            }
            if (u.IsBullet)
            {
                doc.Blocks.Add(new BodyBlock(BlockKind.ListItem, u.Text));
                continue;
            }
            var isLast = i == kept.Count - 1;
            if (!isLast && TextTools.IsHeadingLike(u.Text, maxWords: 14))
            {
                doc.Blocks.Add(new BodyBlock(BlockKind.Heading, u.Text));
                continue;
            }
            doc.Blocks.Add(new BodyBlock(BlockKind.Paragraph, u.Text));
        }
    }
}
