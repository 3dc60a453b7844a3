namespace Digest.Import.People;

/// <summary>
/// Which experts' surnames occur in a text window, for attaching quotes: the window is read once, probing the surnames
/// by their lengths at each word start, and only the surnames present are then located exactly. Comparing every window
/// with every expert made articles with thousands of experts quadratic.
/// </summary>
internal sealed class SurnameFinder
{
    private readonly Dictionary<string, List<int>> _groupsBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;
    private readonly HashSet<char> _firstChars = [];

    /// <summary>Null when a surname is empty: no word start finds it, so such a list is searched one by one.</summary>
    public static SurnameFinder? For(IReadOnlyList<string> surnames)
    {
        foreach (var s in surnames)
        {
            if (s.Length == 0)
            {
                return null;
            }
        }
        return new SurnameFinder(surnames);
    }

    private SurnameFinder(IReadOnlyList<string> surnames)
    {
        var lengths = new SortedSet<int>();
        for (var g = 0; g < surnames.Count; g++)
        {
            var s = surnames[g];
            if (!_groupsBySurname.TryGetValue(s, out var groups))
            {
                groups = [];
                _groupsBySurname[s] = groups;
            }
            groups.Add(g);
            lengths.Add(s.Length);
            _firstChars.Add(s[0]);
        }
        _lengths = [.. lengths];
        _lookup = _groupsBySurname.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The surnames that occur in <paramref name="window"/> right after a word boundary (every whole-word occurrence
    /// does), each with the experts (in order) who bear it.
    /// </summary>
    public List<KeyValuePair<string, List<int>>> Present(string window)
    {
        var found = new List<KeyValuePair<string, List<int>>>();
        for (var p = 0; p < window.Length; p++)
        {
            if (p > 0 && char.IsLetterOrDigit(window[p - 1]) || !_firstChars.Contains(window[p]))
            {
                continue;
            }
            foreach (var length in _lengths)
            {
                if (p + length > window.Length)
                {
                    break;
                }
                if (_lookup.TryGetValue(window.AsSpan(p, length), out var surname, out var groups) && !found.Exists(f => ReferenceEquals(f.Key, surname)))
                {
                    found.Add(new KeyValuePair<string, List<int>>(surname, groups));
                }
            }
        }
        return found;
    }
}
