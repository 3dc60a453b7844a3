using System.Buffers;

namespace Digest.Import.Text;

/// <summary>
/// A fixed list of strings and, for a text, which of them occur in it anywhere: one multi-string search over the text
/// instead of one search per string. Callers keep their own rules (whole words, boundaries) and apply them only to the
/// strings that occur, so the answers are the same as searching for each string.
/// </summary>
internal sealed class SubstringSet
{
    private readonly string[] _values;
    private readonly SearchValues<string> _search;
    private readonly Dictionary<char, int[]> _byFirstChar = [];
    private readonly bool _hasEmpty;

    public SubstringSet(IReadOnlyList<string> values)
    {
        _values = [.. values];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var byFirst = new Dictionary<char, List<int>>();
        for (var i = 0; i < _values.Length; i++)
        {
            var v = _values[i];
            if (v.Length == 0)
            {
                _hasEmpty = true;
                continue;
            }
            distinct.Add(v);
            if (!byFirst.TryGetValue(v[0], out var list))
            {
                byFirst[v[0]] = list = [];
            }
            list.Add(i);
        }
        foreach (var (ch, list) in byFirst)
        {
            _byFirstChar[ch] = [.. list];
        }
        _search = SearchValues.Create([.. distinct], StringComparison.Ordinal);
    }

    public int Count => _values.Length;

    /// <summary>For each string of the list (by index), whether it occurs in <paramref name="text"/>; an empty string always does.</summary>
    public bool[] Present(ReadOnlySpan<char> text)
    {
        var present = new bool[_values.Length];
        if (_hasEmpty)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                present[i] = _values[i].Length == 0;
            }
        }
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(_search);
            if (hit < 0)
            {
                break;
            }
            var at = from + hit;
            // The search gives the leftmost start of any string; every string starting here is looked at.
            foreach (var i in _byFirstChar[text[at]])
            {
                if (!present[i] && text[at..].StartsWith(_values[i], StringComparison.Ordinal))
                {
                    present[i] = true;
                }
            }
            from = at + 1;
        }
        return present;
    }
}
