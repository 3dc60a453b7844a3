using System.Text;

namespace Digest.Site.Output.Search;

/// <summary>
/// The compact text form of a posting list, as the search script reads it: for each document, in ascending
/// order, the gap to the previous document number in base 36 (lowercase), then one capital letter
/// <c>A</c>+mask naming the fields (<see cref="SearchField"/>) the term occurs in. The capital both carries the
/// mask and ends the entry, so no separators are needed: documents 0, 1 and 40 with masks 1, 8 and 9 are <c>1B1I13J</c>.
/// </summary>
public static class SearchPostings
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Encodes (document, mask) pairs; documents must be ascending and distinct.</summary>
    public static string Encode(IReadOnlyList<(int Doc, SearchField Mask)> postings)
    {
        var sb = new StringBuilder(postings.Count * 2);
        var previous = -1;
        Span<char> digits = stackalloc char[8];
        foreach (var (doc, mask) in postings)
        {
            if (doc <= previous)
            {
                throw new ArgumentException("documents must be ascending and distinct", nameof(postings));
            }
            var gap = doc - previous;
            var n = 0;
            while (gap > 0)
            {
                digits[n++] = Digits[gap % 36];
                gap /= 36;
            }
            while (n > 0)
            {
                sb.Append(digits[--n]);
            }
            sb.Append((char)('A' + (int)mask));
            previous = doc;
        }
        return sb.ToString();
    }

    /// <summary>The inverse of <see cref="Encode"/> (used by tests; the search script has its own).</summary>
    public static List<(int Doc, SearchField Mask)> Decode(string encoded)
    {
        var list = new List<(int, SearchField)>();
        var previous = -1;
        var gap = 0;
        foreach (var ch in encoded)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                previous += gap;
                list.Add((previous, (SearchField)(ch - 'A')));
                gap = 0;
            }
            else
            {
                gap = gap * 36 + Digits.IndexOf(ch);
            }
        }
        return list;
    }
}
