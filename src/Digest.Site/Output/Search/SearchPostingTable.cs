namespace Digest.Site.Output.Search;

/// <summary>
/// Every term's postings in flat arrays: terms sorted ordinally; term <c>t</c>'s documents (ascending) and field
/// masks are <c>Documents[Starts[t]..Starts[t + 1]]</c> and the same range of <c>Masks</c>.
/// </summary>
internal sealed class SearchPostingTable
{
    public SearchPostingTable(string[] terms, int[] starts, int[] documents, byte[] masks)
    {
        if (starts.Length != terms.Length + 1 || documents.Length != masks.Length || starts[^1] != documents.Length)
        {
            throw new ArgumentException("the posting arrays do not fit together");
        }
        Terms = terms;
        Starts = starts;
        Documents = documents;
        Masks = masks;
    }

    public string[] Terms { get; }

    public int[] Starts { get; }

    public int[] Documents { get; }

    public byte[] Masks { get; }

    public int Count => Terms.Length;

    /// <summary>Merges articles' terms (article <c>i</c> is document <c>i</c>) into postings by term.</summary>
    public static SearchPostingTable Merge(IReadOnlyList<ArticleTerms> articles, string[] termsById)
    {
        var counts = new int[termsById.Length];
        var total = 0;
        foreach (var article in articles)
        {
            foreach (var id in article.Ids)
            {
                counts[id]++;
            }
            total += article.Count;
        }

        var used = 0;
        foreach (var c in counts)
        {
            used += c > 0 ? 1 : 0;
        }
        var terms = new string[used];
        var ids = new int[used];
        used = 0;
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                terms[used] = termsById[id];
                ids[used++] = id;
            }
        }
        Array.Sort(terms, ids, StringComparer.Ordinal);

        // next[id]: where term id's next posting goes; documents come in ascending order by construction.
        var starts = new int[used + 1];
        var next = new int[termsById.Length];
        for (var t = 0; t < used; t++)
        {
            next[ids[t]] = starts[t];
            starts[t + 1] = starts[t] + counts[ids[t]];
        }
        var documents = new int[total];
        var masks = new byte[total];
        for (var doc = 0; doc < articles.Count; doc++)
        {
            var article = articles[doc];
            for (var k = 0; k < article.Ids.Length; k++)
            {
                var at = next[article.Ids[k]]++;
                documents[at] = doc;
                masks[at] = article.Masks[k];
            }
        }
        return new SearchPostingTable(terms, starts, documents, masks);
    }

    /// <summary>The encoded length of term <paramref name="t"/>'s postings (<see cref="SearchPostings"/>).</summary>
    public int EncodedLength(int t) => SearchPostings.EncodedLength(Documents.AsSpan(Starts[t]..Starts[t + 1]));

    /// <summary>Encodes term <paramref name="t"/>'s postings into <paramref name="destination"/>; returns the characters written.</summary>
    public int Encode(int t, Span<char> destination) =>
        SearchPostings.Encode(Documents.AsSpan(Starts[t]..Starts[t + 1]), Masks.AsSpan(Starts[t]..Starts[t + 1]), destination);

    /// <summary>Term <paramref name="t"/>'s postings as the search script reads them.</summary>
    public string Encoded(int t)
    {
        var chars = new char[EncodedLength(t)];
        Encode(t, chars);
        return new string(chars);
    }
}
