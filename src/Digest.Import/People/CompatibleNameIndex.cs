namespace Digest.Import.People;

/// <summary>
/// Name keys indexed for the name comparison of <c>ExpertGrouper</c> and <c>PeopleCollector</c>: by the key itself and by every shorter form that names the
/// same person ("muster" and "hanns peter" for "hanns peter muster", not "peter muster"). A lookup then costs
/// a few dictionary probes instead of a comparison with every name seen so far, so articles naming thousands of people
/// stay linear. Ids are the owners' positions in their list; the smallest compatible id is the first match in order.
/// </summary>
internal sealed class CompatibleNameIndex
{
    private readonly Dictionary<string, SortedSet<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<int>> _byShorterForm = new(StringComparer.Ordinal);

    public void Add(int id, string key)
    {
        Put(_byKey, key, id);
        foreach (var form in ShorterForms(key))
        {
            Put(_byShorterForm, form, id);
        }
    }

    public void Remove(int id, string key)
    {
        Take(_byKey, key, id);
        foreach (var form in ShorterForms(key))
        {
            Take(_byShorterForm, form, id);
        }
    }

    /// <summary>The smallest id whose key is compatible with <paramref name="key"/>, or -1.</summary>
    public int First(string key)
    {
        var best = Smaller(Min(_byKey, key), Min(_byShorterForm, key));
        foreach (var form in ShorterForms(key))
        {
            best = Smaller(best, Min(_byKey, form));
        }
        return best;
    }

    /// <summary>
    /// The keys that <c>Compatible</c> accepts as the shorter of two: the parts before and after each space, when they
    /// are one word or start with the same word as the whole key.
    /// </summary>
    internal static List<string> ShorterForms(string key)
    {
        var forms = new List<string>();
        var firstSpace = key.IndexOf(' ');
        if (firstSpace < 0)
        {
            return forms;
        }
        var firstWord = key.AsSpan(0, firstSpace);
        for (var p = firstSpace; p >= 0; p = key.IndexOf(' ', p + 1))
        {
            var prefix = key[..p];
            if (SameFirstWordOrOneWord(prefix, firstWord))
            {
                forms.Add(prefix);
            }
            var suffix = key[(p + 1)..];
            if (SameFirstWordOrOneWord(suffix, firstWord))
            {
                forms.Add(suffix);
            }
        }
        return forms;
    }

    private static bool SameFirstWordOrOneWord(string form, ReadOnlySpan<char> firstWord)
    {
        var space = form.IndexOf(' ');
        return space < 0 || form.AsSpan(0, space).SequenceEqual(firstWord);
    }

    private static void Put(Dictionary<string, SortedSet<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var ids))
        {
            ids = [];
            map[key] = ids;
        }
        ids.Add(id);
    }

    private static void Take(Dictionary<string, SortedSet<int>> map, string key, int id)
    {
        if (map.TryGetValue(key, out var ids))
        {
            ids.Remove(id);
        }
    }

    private static int Min(Dictionary<string, SortedSet<int>> map, string key) =>
        map.TryGetValue(key, out var ids) && ids.Count > 0 ? ids.Min : -1;

    private static int Smaller(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
