using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// Tokenizes articles into <see cref="ArticleTerms"/>. One collector per thread: it keeps a field mask per term id
/// and the ids it touched, and reuses both from article to article, so collecting allocates only the result.
/// </summary>
internal sealed class SearchTermCollector(SearchTermTable table) : ISearchInputVisitor
{
    private byte[] _masks = new byte[4096];
    private int[] _touched = new int[1024];
    private int _count;

    /// <summary>The distinct terms of one article, in the order they first occur, with the fields each occurs in.</summary>
    public ArticleTerms Collect(ArticleEntry entry, RenderedBody? body)
    {
        _count = 0;
        SearchInputs.Visit(entry, body, this);
        var ids = _touched.AsSpan(0, _count).ToArray();
        var masks = new byte[_count];
        for (var i = 0; i < ids.Length; i++)
        {
            masks[i] = _masks[ids[i]];
            _masks[ids[i]] = 0;
        }
        return new ArticleTerms(ids, masks);
    }

    /// <summary>The distinct terms of a document that is not an article (an edition), from its texts by field.</summary>
    public ArticleTerms Collect(IReadOnlyList<(string Text, SearchField Field)> texts)
    {
        _count = 0;
        foreach (var (text, field) in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Visit(text, field);
            }
        }
        var ids = _touched.AsSpan(0, _count).ToArray();
        var masks = new byte[_count];
        for (var i = 0; i < ids.Length; i++)
        {
            masks[i] = _masks[ids[i]];
            _masks[ids[i]] = 0;
        }
        return new ArticleTerms(ids, masks);
    }

    public void VisitBody(RenderedBody body)
    {
        var text = body.PlainText;
        if (text.Length > 0)
        {
            Visit(text, SearchField.Body);
        }
    }

    public void Visit(string text, SearchField field)
    {
        var bit = (byte)field;
        var position = 0;
        while (SearchTokenizer.NextWord(text, ref position, out var word))
        {
            foreach (var id in table.IdsOfWord(word))
            {
                if (id >= _masks.Length)
                {
                    Array.Resize(ref _masks, Math.Max(id + 1, _masks.Length * 2));
                }
                ref var mask = ref _masks[id];
                if (mask == 0)
                {
                    if (_count == _touched.Length)
                    {
                        Array.Resize(ref _touched, _touched.Length * 2);
                    }
                    _touched[_count++] = id;
                }
                mask |= bit;
            }
        }
    }
}
