using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Text;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.People;

// Attaching quotes to the experts they belong to.
public sealed partial class PeopleExtractor
{
    private void AttachQuotes(IReadOnlyList<string> paragraphs, List<ExpertGroup> groups, List<ImportedExpert> result)
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
                var who = FindExpert(after, groups, fromStart: true);
                if (who < 0)
                {
                    who = FindExpert(before, groups, fromStart: false);
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
            var mentioned = FindExpert(p, groups, fromStart: false);
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

    /// <summary>The expert whose surname occurs in the window: the first from its start, or the last.</summary>
    private static int FindExpert(string window, List<ExpertGroup> groups, bool fromStart)
    {
        var best = -1;
        var bestAt = fromStart ? int.MaxValue : -1;
        for (var g = 0; g < groups.Count; g++)
        {
            var at = fromStart ? IndexOfWord(window, groups[g].Surname) : LastIndexOfWord(window, groups[g].Surname);
            if (at < 0)
            {
                continue;
            }
            if (fromStart ? at < bestAt : at > bestAt)
            {
                best = g;
                bestAt = at;
            }
        }
        return best;
    }

    private static int LastIndexOfWord(string text, string word)
    {
        var found = -1;
        var at = 0;
        while ((at = IndexOfWord(text[at..], word) is var i && i >= 0 ? at + i : -1) >= 0)
        {
            found = at;
            at += word.Length;
            if (at >= text.Length)
            {
                break;
            }
        }
        return found;
    }
}
