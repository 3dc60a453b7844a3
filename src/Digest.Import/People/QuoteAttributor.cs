using System.Text.RegularExpressions;
using Digest.Import.Model;
using Digest.Import.Text;
using static Digest.Import.People.WordSearch;

namespace Digest.Import.People;

/// <summary>Attaches quotations to the experts they belong to.</summary>
internal sealed partial class QuoteAttributor(Lexicon lexicon)
{
    private const int QuoteWindow = 160;

    [GeneratedRegex(@"„(?<q>[^“”„]{8,800})[“”]|“(?<q>[^”“]{8,800})”|»(?<q>[^«»]{8,800})«|«(?<q>[^»«]{8,800})»|""(?<q>[^""]{8,800})""")]
    private static partial Regex Quote();

    internal void AttachQuotes(IReadOnlyList<string> paragraphs, List<ExpertGroup> groups, List<ImportedExpert> result)
    {
        if (groups.Count == 0)
        {
            return;
        }
        var quotes = new List<string>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            quotes[g] = [];
        }
        var surnames = new List<string>(groups.Count);
        foreach (var g in groups)
        {
            surnames.Add(g.Surname);
        }
        var finder = SurnameFinder.For(surnames);
        var offset = 0;
        var lastExpert = -1;
        var previousSpeaker = -1;
        foreach (var p in paragraphs)
        {
            foreach (Match q in Quote().Matches(p))
            {
                var text = q.Groups["q"].Value.Trim();
                if (TextTools.WordCount(text) < 3)
                {
                    continue;
                }
                var after = p.Substring(q.Index + q.Length, Math.Min(QuoteWindow, p.Length - q.Index - q.Length));
                var before = p.Substring(Math.Max(0, q.Index - QuoteWindow), Math.Min(QuoteWindow, q.Index));
                var who = -1;
                if (PronounReportsAfter(after) || PronounReportsBefore(before))
                {
                    // "„…“, sagt sie", "She told the paper: “…”": the person reported on last in this paragraph, else
                    // the expert named last before it, possibly paragraphs earlier.
                    who = ReportedSpeaker(p[..q.Index], surnames, finder);
                    if (who < 0)
                    {
                        who = lastExpert;
                    }
                }
                if (who < 0)
                {
                    who = FindExpert(after, surnames, finder, fromStart: true);
                }
                if (who < 0)
                {
                    who = FindExpert(before, surnames, finder, fromStart: false);
                }
                if (who < 0 && lastExpert >= 0 && (ContainsRoleWord(after) || ContainsRoleWord(before)))
                {
                    who = lastExpert;
                }
                if (who < 0 && IsWholeParagraph(p, q))
                {
                    // A paragraph that is nothing but a quotation, after one that introduced the speaker.
                    who = previousSpeaker;
                }
                if (who >= 0 && !quotes[who].Contains(text))
                {
                    quotes[who].Add(text);
                    lastExpert = who;
                }
            }
            var mentioned = FindExpert(p, surnames, finder, fromStart: false);
            if (mentioned >= 0)
            {
                lastExpert = mentioned;
            }
            // The next paragraph's bare quotation is theirs when this one introduced it ("…, sagt NAME:") or reported
            // what they said; a paragraph of a quotation keeps its speaker for the next one.
            var reported = p.TrimEnd().EndsWith(':') ? mentioned : ReportedSpeaker(p, surnames, finder);
            previousSpeaker = reported >= 0 ? reported : IsQuotationOnly(p) ? previousSpeaker : -1;
            offset += p.Length + 1;
        }
        for (var g = 0; g < groups.Count; g++)
        {
            result[g] = result[g] with { Quotes = quotes[g] };
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "er", "sie", "he", "she" };

    /// <summary>", sagt sie", " she added", "…, he told the paper": a pronoun and a reporting verb open the text after a quote.</summary>
    private bool PronounReportsAfter(string after)
    {
        var words = FirstWords(after, 2);
        return words.Count == 2 && (IsReportingVerb(words[0]) && Pronouns.Contains(words[1]) || Pronouns.Contains(words[0]) && IsReportingVerb(words[1]));
    }

    /// <summary>"Sie sagt: „…“", "Then she said: “…”": a pronoun and a reporting verb right before the colon that opens it.</summary>
    private bool PronounReportsBefore(string before)
    {
        var trimmed = before.TrimEnd();
        if (!trimmed.EndsWith(':'))
        {
            return false;
        }
        var words = trimmed[..^1].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }
        var (a, b) = (words[^2], words[^1]);
        return IsReportingVerb(a) && Pronouns.Contains(b) || Pronouns.Contains(a) && IsReportingVerb(b);
    }

    private bool IsReportingVerb(string word) => word != "so" && lexicon.ReportingVerbs.Contains(word);

    private static List<string> FirstWords(string text, int count)
    {
        var words = new List<string>(count);
        foreach (var w in text.Split([' ', ',', '–', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count == count)
            {
                break;
            }
            words.Add(w.TrimEnd('.', ';', ':'));
        }
        return words;
    }

    /// <summary>
    /// Indirect speech: the expert named last in a sentence that also has a reporting verb ("NAME warnt, die Preise
    /// würden steigen", "NAME said demand had peaked").
    /// </summary>
    private int ReportedSpeaker(string text, List<string> surnames, SurnameFinder? finder)
    {
        var end = text.Length;
        while (end > 0)
        {
            var start = text.LastIndexOf(". ", end - 1, StringComparison.Ordinal);
            var sentence = text[(start < 0 ? 0 : start + 2)..end];
            var who = FindExpert(sentence, surnames, finder, fromStart: false);
            if (who >= 0 && HasReportingVerb(sentence))
            {
                return who;
            }
            if (start < 0)
            {
                break;
            }
            end = start;
        }
        return -1;
    }

    private bool HasReportingVerb(string sentence)
    {
        foreach (var w in sentence.Split([' ', ',', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsReportingVerb(w))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A quotation that fills its paragraph and ends a sentence; without final punctuation ("„Eine Annäherung“") it is
    /// a subheading made of a quotation, which belongs to whoever says it later.
    /// </summary>
    private static bool IsWholeParagraph(string p, Match q)
    {
        var end = p.TrimEnd();
        if (q.Index > 1 || q.Index + q.Length < end.Length - 1)
        {
            return false;
        }
        var inner = q.Groups["q"].Value.TrimEnd();
        return inner.Length > 0 && inner[^1] is '.' or '!' or '?' or '…' || end[^1] is '.' or '!' or '?';
    }

    private static bool IsQuotationOnly(string p)
    {
        var t = p.Trim();
        return t.Length > 0 && t[0] is '„' or '“' or '»' or '«' or '"' && Quote().Match(t) is { Success: true } m && IsWholeParagraph(t, m);
    }

    private bool ContainsRoleWord(string window)
    {
        foreach (var w in window.Split([' ', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.RoleOf(w) == RoleKind.Expert)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The expert whose surname occurs in the window: the first from its start, or the last; on a tie the expert listed
    /// first. Only the surnames the finder sees in the window are located.
    /// </summary>
    private static int FindExpert(string window, List<string> surnames, SurnameFinder? finder, bool fromStart)
    {
        var best = -1;
        var bestAt = fromStart ? int.MaxValue : -1;
        if (finder is null)
        {
            for (var g = 0; g < surnames.Count; g++)
            {
                Consider(WordAt(window, surnames[g], fromStart), g, fromStart, ref best, ref bestAt);
            }
            return best;
        }
        foreach (var (surname, groups) in finder.Present(window))
        {
            var at = WordAt(window, surname, fromStart);
            foreach (var g in groups)
            {
                Consider(at, g, fromStart, ref best, ref bestAt);
            }
        }
        return best;
    }

    private static int WordAt(string window, string surname, bool fromStart) =>
        fromStart ? IndexOfWord(window, surname) : LastIndexOfWord(window, surname);

    private static void Consider(int at, int g, bool fromStart, ref int best, ref int bestAt)
    {
        if (at < 0)
        {
            return;
        }
        if (fromStart ? at < bestAt : at > bestAt)
        {
            best = g;
            bestAt = at;
        }
        else if (at == bestAt && g < best)
        {
            best = g;
        }
    }
}
