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
                var who = FindExpert(after, surnames, finder, fromStart: true);
                if (who < 0)
                {
                    who = FindExpert(before, surnames, finder, fromStart: false);
                }
                if (who < 0 && lastExpert >= 0 && (ContainsRoleWord(after) || ContainsRoleWord(before)))
                {
                    who = lastExpert;
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
            offset += p.Length + 1;
        }
        for (var g = 0; g < groups.Count; g++)
        {
            result[g] = result[g] with { Quotes = quotes[g] };
        }
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
