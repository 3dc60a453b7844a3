using System.Text;
using Digest.Core.Text;

namespace Digest.Site.Output.Search;

/// <summary>
/// Turns text into index terms: folded words (<see cref="SearchFolding.Fold"/>) plus, for words with umlauts,
/// the spelling with <c>ae/oe/ue</c>, so <c>Südkorea</c> is found by <c>sudkorea</c> and <c>suedkorea</c>.
/// Words split where <see cref="SearchFolding.Words"/> splits (anything but letters and digits), like the search script.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Calls <paramref name="add"/> for every term of <paramref name="text"/> (duplicates included).</summary>
    public static void Terms(string text, Action<string> add)
    {
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(ch);
            }
            else if (word.Length > 0)
            {
                Emit(word.ToString(), add);
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            Emit(word.ToString(), add);
        }
    }

    /// <summary>All distinct terms of <paramref name="text"/>, sorted (for tests and small inputs).</summary>
    public static List<string> DistinctTerms(string text)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Terms(text, t => set.Add(t));
        return [.. set];
    }

    private static void Emit(string word, Action<string> add)
    {
        add(SearchFolding.Fold(word));
        if (SearchFolding.AlternateSpelling(word) is { } alternate)
        {
            add(alternate);
        }
    }
}
