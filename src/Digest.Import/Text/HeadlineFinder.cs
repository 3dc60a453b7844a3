using Digest.Core.Text;

namespace Digest.Import.Text;

/// <summary>
/// Chooses the headline of a text dump by evidence: a heading-like line near the top, followed soon by running text,
/// of headline length, repeated in a longer line (breadcrumb or page title), not addressing the reader, not a menu item.
/// </summary>
internal static class HeadlineFinder
{
    /// <summary>Running text that the headline should precede within a few blocks.</summary>
    private const int ContentWords = 12;

    private const int Proximity = 4;

    private const double MinScore = 2;

    /// <summary>Capitalised function words that start a German headline after a glued kicker ("Überraschendes Ergebnis Was …").</summary>
    private static readonly HashSet<string> HeadlineStarts = new(StringComparer.Ordinal)
    {
        "Was", "Wie", "Warum", "Wer", "Wo", "Wann", "Wieso", "Weshalb", "Ohne", "Mit", "Für", "Im", "In", "Auf", "Bei", "Nach", "Vor", "Über",
        "Unter", "Der", "Die", "Das", "Ein", "Eine", "Kein", "Keine", "Es", "Er", "Sie", "Wir", "Ich", "Nicht", "So", "Wenn", "Darum", "Deshalb",
    };

    /// <summary>The index in <paramref name="live"/> of the headline, or -1 when no line is evidence enough.</summary>
    public static int Pick(IReadOnlyList<string> live, IReadOnlyList<string> allFolded)
    {
        var firstContent = -1;
        for (var i = 0; i < live.Count; i++)
        {
            var s = BlockShape.Of(live[i]);
            if (s.IsSentence && s.Words >= ContentWords && !TextTools.IsHeadingLike(live[i]))
            {
                firstContent = i;
                break;
            }
        }
        var best = -1;
        var bestScore = double.MinValue;
        var firstLong = true;
        var end = firstContent < 0 ? live.Count : firstContent;
        for (var i = 0; i < end; i++)
        {
            var text = live[i];
            var shape = BlockShape.Of(text);
            if (!TextTools.IsHeadingLike(text))
            {
                // The headline comes before the text: after a paragraph, a heading is a subheading or a list.
                if (shape.SentenceEnd && shape.Words >= 5 && shape.FunctionWords >= 1 && !shape.AddressesReader)
                {
                    break;
                }
                continue;
            }
            var score = 1.0;
            if (firstContent >= 0 && firstContent - i <= Proximity)
            {
                score += 2;
            }
            if (shape.Words is >= 4 and <= 20)
            {
                score += 1;
                if (firstLong)
                {
                    score += 1;
                    firstLong = false;
                }
            }
            if (shape.Words <= 3)
            {
                score -= 1.5;
            }
            if (shape.AddressesReader)
            {
                score -= 2;
            }
            if (text.Contains(" | ", StringComparison.Ordinal) || text.Contains('»') || text.Contains('›') || text.Contains(" - ", StringComparison.Ordinal))
            {
                score -= 1;
            }
            if (RepeatedInLongerLine(SearchFolding.Fold(text), allFolded))
            {
                score += 2;
            }
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }
        return bestScore >= MinScore ? best : -1;
    }

    private static bool RepeatedInLongerLine(string folded, IReadOnlyList<string> allFolded)
    {
        if (folded.Length < 12)
        {
            return false;
        }
        foreach (var other in allFolded)
        {
            if (other.Length > folded.Length && other.Contains(folded, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Splits a kicker glued to the headline in one line ("Internationales Forscherteam Ohne Klimawandel hätte …"): a few
    /// capitalised words, then a capitalised function word that opens a sentence-case headline. Title-case lines (English
    /// headlines) are left whole.
    /// </summary>
    public static bool TrySplitGluedKicker(string line, out string kicker, out string headline)
    {
        kicker = headline = string.Empty;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= 4 && k < words.Length - 2; k++)
        {
            var prev = words[k - 1];
            if (!char.IsUpper(prev[0]) || prev.EndsWith(':') || prev.EndsWith('.') || prev.EndsWith(',') || prev.EndsWith('?') || prev.EndsWith('!'))
            {
                return false;
            }
            if (!HeadlineStarts.Contains(words[k]))
            {
                continue;
            }
            var lowercase = 0;
            for (var j = k + 1; j < words.Length; j++)
            {
                if (char.IsLower(words[j][0]))
                {
                    lowercase++;
                }
            }
            if (lowercase * 3 < words.Length - k - 1)
            {
                return false;
            }
            kicker = string.Join(' ', words[..k]);
            headline = string.Join(' ', words[k..]);
            return true;
        }
        return false;
    }
}
