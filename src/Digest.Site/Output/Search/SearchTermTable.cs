using System.Collections.Concurrent;

namespace Digest.Site.Output.Search;

/// <summary>
/// Numbers the distinct terms of one build, so articles' terms are kept and merged as small integers instead of
/// strings. Thread-safe: articles are tokenized in parallel. Ids depend on the order terms were first seen; nothing
/// written depends on them (the index is written in term order).
/// </summary>
internal sealed class SearchTermTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    // Word → the ids of its terms; most words repeat, so this is the lookup every word of every article makes.
    private readonly ConcurrentDictionary<string, int[]> _byWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byWordSpan;

    public SearchTermTable() => _byWordSpan = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A table whose first ids are <paramref name="terms"/> in order (distinct and non-empty, else <see cref="ArgumentException"/>).</summary>
    public SearchTermTable(IReadOnlyList<string> terms)
        : this()
    {
        _terms.Capacity = terms.Count;
        _ids.EnsureCapacity(terms.Count);
        foreach (var term in terms)
        {
            if (term.Length == 0 || !_ids.TryAdd(term, _terms.Count))
            {
                throw new ArgumentException("terms must be distinct and not empty", nameof(terms));
            }
            _terms.Add(term);
        }
    }

    /// <summary>How many terms have an id.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _terms.Count;
            }
        }
    }

    /// <summary>The id of <paramref name="term"/>, giving it the next one if it has none yet.</summary>
    public int Id(string term)
    {
        lock (_gate)
        {
            if (!_ids.TryGetValue(term, out var id))
            {
                id = _terms.Count;
                _terms.Add(term);
                _ids.Add(term, id);
            }
            return id;
        }
    }

    /// <summary>The ids of the terms of <paramref name="word"/> (see <see cref="SearchTokenizer.TermsOfWord"/>).</summary>
    public int[] IdsOfWord(ReadOnlySpan<char> word)
    {
        if (_byWordSpan.TryGetValue(word, out var ids))
        {
            return ids;
        }
        var terms = SearchTokenizer.TermsOfWord(word);
        ids = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            ids[i] = Id(terms[i]);
        }
        _byWord.TryAdd(word.ToString(), ids);
        return ids;
    }

    /// <summary>Every term by id (a copy).</summary>
    public string[] Terms()
    {
        lock (_gate)
        {
            return [.. _terms];
        }
    }
}
