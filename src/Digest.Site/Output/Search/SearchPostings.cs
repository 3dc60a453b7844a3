namespace Digest.Site.Output.Search;

/// <summary>
/// The compact text form of a posting list, as the search script reads it: for each document, in ascending
/// order, the gap to the previous document number in base 36 (lowercase), then one capital letter
/// <c>A</c>+mask naming the fields (<see cref="SearchField"/>) the term occurs in. The capital both carries the
/// mask and ends the entry, so no separators are needed: documents 0, 1 and 40 with masks 1, 8 and 9 are <c>1B1I13J</c>.
/// </summary>
internal static class SearchPostings
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Encodes (document, mask) pairs; documents must be ascending and distinct.</summary>
    public static string Encode(IReadOnlyList<(int Doc, SearchField Mask)> postings)
    {
        var docs = new int[postings.Count];
        var masks = new byte[postings.Count];
        for (var i = 0; i < docs.Length; i++)
        {
            docs[i] = postings[i].Doc;
            masks[i] = (byte)postings[i].Mask;
        }
        var chars = new char[EncodedLength(docs)];
        Encode(docs, masks, chars);
        return new string(chars);
    }

    /// <summary>How many characters <see cref="Encode(ReadOnlySpan{int}, ReadOnlySpan{byte}, Span{char})"/> writes for <paramref name="docs"/>.</summary>
    public static int EncodedLength(ReadOnlySpan<int> docs)
    {
        var length = docs.Length;
        var previous = -1;
        foreach (var doc in docs)
        {
            for (var gap = doc - previous; gap > 0; gap /= 36)
            {
                length++;
            }
            previous = doc;
        }
        return length;
    }

    /// <summary>
    /// Encodes documents <paramref name="docs"/> (ascending, distinct) with field masks <paramref name="masks"/> into
    /// <paramref name="destination"/>, which holds <see cref="EncodedLength"/> characters; returns how many were written.
    /// </summary>
    public static int Encode(ReadOnlySpan<int> docs, ReadOnlySpan<byte> masks, Span<char> destination)
    {
        var previous = -1;
        var at = 0;
        Span<char> digits = stackalloc char[8];
        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if (doc <= previous)
            {
                throw new ArgumentException("documents must be ascending and distinct", nameof(docs));
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
                destination[at++] = digits[--n];
            }
            destination[at++] = (char)('A' + masks[i]);
            previous = doc;
        }
        return at;
    }

    /// <summary>The inverse of <see cref="Encode(IReadOnlyList{ValueTuple{int, SearchField}})"/> (used by tests; the search script has its own).</summary>
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
