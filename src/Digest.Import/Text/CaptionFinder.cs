using Digest.Core.Text;
using Digest.Import.Boilerplate;
using Digest.Import.Model;

namespace Digest.Import.Text;

/// <summary>
/// Photo captions in a text dump, recognised by what they are: a line ending in a credit ("… Foto: dpa", "… (AP photo)"),
/// a caption printed twice (the alt text, then the caption with its credit), and a credit line of its own that follows
/// one. The first caption near the top goes to <c>image.caption</c> / <c>image.credit</c>; all leave the body.
/// </summary>
internal static class CaptionFinder
{
    /// <summary>Captions further down than this many blocks belong to other pictures, not the lead photo.</summary>
    private const int LeadZone = 12;

    public static void Apply(List<TextUnit> units, BoilerplateRules rules, ExtractedDocument doc)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.Removed)
            {
                continue;
            }
            if (rules.TrySplitCaption(u.Text, out var caption, out var credit))
            {
                Remove(u, doc);
                if (caption.Length == 0 && i > 0 && units[i - 1].Removed && doc.ImageCaption is not null && doc.ImageCredit is null && i < LeadZone)
                {
                    // A credit line of its own under the caption printed just above.
                    doc.ImageCredit = credit;
                }
                else if (doc.ImageCaption is null && caption.Length > 0 && i < LeadZone)
                {
                    doc.ImageCaption = caption;
                    doc.ImageCredit = credit;
                }
                DropKeywordLineAbove(units, i, doc);
                continue;
            }
            var next = NextLive(units, i);
            if (next < 0 || next - i > 2)
            {
                continue;
            }
            var a = SearchFolding.Fold(u.Text);
            var b = SearchFolding.Fold(units[next].Text);
            if (a.Length < 12 || !b.StartsWith(a, StringComparison.Ordinal))
            {
                continue;
            }
            // The same text twice in a row: a caption as alt text and as caption. Keep the fuller copy for front matter.
            var full = units[next].Text;
            if (!rules.TrySplitCaption(full, out caption, out credit))
            {
                caption = full;
                credit = string.Empty;
            }
            Remove(u, doc);
            Remove(units[next], doc);
            if (doc.ImageCaption is null && i < LeadZone)
            {
                doc.ImageCaption = caption;
                doc.ImageCredit = credit.Length > 0 ? credit : null;
            }
            var after = NextLive(units, next);
            if (after >= 0 && rules.TrySplitCaption(units[after].Text, out var c2, out var credit2) && c2.Length == 0)
            {
                Remove(units[after], doc);
                if (doc.ImageCaption == caption && doc.ImageCredit is null)
                {
                    doc.ImageCredit = credit2;
                }
            }
            i = next;
        }
    }

    private static int NextLive(List<TextUnit> units, int i)
    {
        for (var j = i + 1; j < units.Count; j++)
        {
            if (!units[j].Removed)
            {
                return j;
            }
        }
        return -1;
    }

    private static void Remove(TextUnit u, ExtractedDocument doc)
    {
        u.Removed = true;
        doc.Removed.Add(u.Text);
    }

    /// <summary>Alt text or keywords printed right above a caption ("Hafen Schiffe Kräne Streik").</summary>
    private static void DropKeywordLineAbove(List<TextUnit> units, int i, ExtractedDocument doc)
    {
        if (units[i].BlankBefore || i == 0 || units[i - 1].Removed)
        {
            return;
        }
        var text = units[i - 1].Text;
        var words = TextTools.WordCount(text);
        if (words is < 1 or > 8)
        {
            return;
        }
        foreach (var ch in text)
        {
            if (ch is '.' or ',' or '!' or '?' or ':' or ';' or '„' or '"' or '“')
            {
                return;
            }
        }
        Remove(units[i - 1], doc);
    }
}
