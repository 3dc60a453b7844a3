using System.Collections.Concurrent;
using Digest.Core.Text;

namespace Digest.Site.Output.Search;

/// <summary>
/// Turns text into index terms: folded words (<see cref="SearchFolding.Fold"/>) plus, for words with umlauts,
/// the spelling with <c>ae/oe/ue</c>, so <c>Südkorea</c> is found by <c>sudkorea</c> and <c>suedkorea</c>.
/// Words split where <see cref="SearchFolding.Words"/> splits (anything but letters and digits), like the search script.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>Calls <paramref name="add"/> for every term of <paramref name="text"/> (duplicates included).</summary>
    public static void Terms(string text, Action<string> add)
    {
        var position = 0;
        while (NextWord(text, ref position, out var word))
        {
            foreach (var term in TermsOfWord(word))
            {
                add(term);
            }
        }
    }

    /// <summary>All distinct terms of <paramref name="text"/>, sorted (for tests and small inputs).</summary>
    public static List<string> DistinctTerms(string text)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Terms(text, t => set.Add(t));
        return [.. set];
    }

    /// <summary>
    /// The next run of letters and digits in <paramref name="text"/> at or after <paramref name="position"/>,
    /// which moves past it; false when there is none.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> word)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        position = i;
        word = text[start..i];
        return i > start;
    }

    /// <summary>The terms of one word (as <see cref="NextWord"/> finds them): its folded form, then its umlaut spelling if any.</summary>
    public static string[] TermsOfWord(ReadOnlySpan<char> word)
    {
        if (!KnownBySpan.TryGetValue(word, out var terms))
        {
            var text = word.ToString();
            terms = SearchFolding.AlternateSpelling(text) is { } alternate ? [SearchFolding.Fold(text), alternate] : [SearchFolding.Fold(text)];
            if (Known.Count < MaxRemembered)
            {
                Known.TryAdd(text, terms);
            }
        }
        return terms;
    }

    /// <summary>More distinct words than any real site has; beyond it words are folded without being remembered.</summary>
    private const int MaxRemembered = 1 << 20;

    // A corpus repeats the same few ten thousand words millions of times: each word's terms are folded once and
    // looked up by the characters of the word, so neither the word nor its folded forms are allocated again.
    private static readonly ConcurrentDictionary<string, string[]> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();
}
