namespace Digest.Import.People;

/// <summary>
/// The other people's names in order of first mention, with the lookup <c>CollectPeople</c> needs: the first name that
/// is the same person as a new one or part of it (<c>SameOrPart</c>: every word of the shorter name occurs in the
/// longer). Names are indexed by their set of words and by each word, so a lookup probes the subsets of the new name's
/// words and the names holding its rarest word, instead of comparing with every name seen so far.
/// </summary>
internal sealed class PeopleNameList
{
    /// <summary>Beyond this many distinct words, subsets are too many to probe; such names are compared one by one.</summary>
    private const int MaxProbedWords = 10;

    private readonly List<(string Name, int Position)> _names = [];
    private readonly Dictionary<string, List<int>> _byWordSet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Func<string, string> _key;
    private readonly Func<string, string, bool> _sameOrPart;

    public PeopleNameList(Func<string, string> key, Func<string, string, bool> sameOrPart)
    {
        _key = key;
        _sameOrPart = sameOrPart;
    }

    public int Count => _names.Count;

    public (string Name, int Position) this[int index] => _names[index];

    public void Add(string name, int position)
    {
        _names.Add((name, position));
        Index(_names.Count - 1, name);
    }

    public void Replace(int index, string name)
    {
        // Entries of the old name stay behind; candidates are checked against the current name anyway.
        _names[index] = (name, _names[index].Position);
        Index(index, name);
    }

    /// <summary>The first index whose name <c>SameOrPart</c> matches <paramref name="name"/>, or -1.</summary>
    public int FindFirst(string name)
    {
        var words = Distinct(_key(name).Split(' '));
        if (words.Length > MaxProbedWords)
        {
            for (var i = 0; i < _names.Count; i++)
            {
                if (_sameOrPart(_names[i].Name, name))
                {
                    return i;
                }
            }
            return -1;
        }
        var best = int.MaxValue;
        // A listed name no longer than the new one: its words are a subset of the new name's words.
        var subset = new List<string>(words.Length);
        for (var mask = 1; mask < 1 << words.Length; mask++)
        {
            subset.Clear();
            for (var b = 0; b < words.Length; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    subset.Add(words[b]);
                }
            }
            if (_byWordSet.TryGetValue(string.Join(' ', subset), out var ids))
            {
                best = Check(ids, name, best);
            }
        }
        // A longer listed name holds every word of the new one, so also its rarest word.
        List<int>? rarest = null;
        foreach (var w in words)
        {
            if (!_byWord.TryGetValue(w, out var ids))
            {
                rarest = null;
                break;
            }
            if (rarest is null || ids.Count < rarest.Count)
            {
                rarest = ids;
            }
        }
        if (rarest is not null)
        {
            best = Check(rarest, name, best);
        }
        return best == int.MaxValue ? -1 : best;
    }

    private int Check(List<int> ids, string name, int best)
    {
        foreach (var i in ids)
        {
            if (i < best && _sameOrPart(_names[i].Name, name))
            {
                best = i;
            }
        }
        return best;
    }

    private void Index(int index, string name)
    {
        var words = Distinct(_key(name).Split(' '));
        Append(_byWordSet, string.Join(' ', words), index);
        foreach (var w in words)
        {
            Append(_byWord, w, index);
        }
    }

    /// <summary>The distinct words, sorted, so that equal sets give equal keys.</summary>
    private static string[] Distinct(string[] words)
    {
        var set = new SortedSet<string>(words, StringComparer.Ordinal);
        var result = new string[set.Count];
        set.CopyTo(result);
        return result;
    }

    private static void Append(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var ids))
        {
            ids = [];
            map[key] = ids;
        }
        ids.Add(index);
    }
}
