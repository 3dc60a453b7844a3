using System.IO.Hashing;
using System.Text;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// A short token of everything a page's view model is made from, known before the view model is built, so a rebuild can
/// keep a page whose token is the one it had when its file was written without building the view model at all (at
/// 100,000 articles, building and fingerprinting 140,000 view models is most of a one-article rebuild).
/// Every page shares the site's shape: the published articles in order, each with every front-matter value, its slug,
/// language and lead image, and its body's fingerprint where a card shows an excerpt of the body. An article page adds its
/// own body (HTML fingerprint, headings, word count). Settings, topics, experts and the theme are in the page cache's
/// context already. A site with editions gets no tokens: edition pages show more than this covers, and are rare.
/// </summary>
internal sealed class PageInputs
{
    private readonly byte[] _shape;
    private readonly Dictionary<string, int> _articleByPath;
    private readonly IReadOnlyList<RenderedBody?> _bodies;

    private PageInputs(byte[] shape, SiteIndex index, IReadOnlyList<RenderedBody?> bodies)
    {
        _shape = shape;
        _bodies = bodies;
        _articleByPath = new Dictionary<string, int>(index.Articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < index.Articles.Count; i++)
        {
            _articleByPath.TryAdd(index.Articles[i].OutputPath, i);
        }
    }

    /// <summary>The tokens of the pages of <paramref name="index"/>, whose bodies are <paramref name="bodies"/>; null for a site with editions.</summary>
    public static PageInputs? Of(SiteIndex index, IReadOnlyList<RenderedBody?> bodies)
    {
        if (index.Editions.Count > 0)
        {
            return null;
        }
        return new PageInputs(Shape(index, bodies), index, bodies);
    }

    /// <summary>The token of the page at <paramref name="path"/>; null for an article page without a body (not rendered).</summary>
    public byte[]? For(string path)
    {
        if (!_articleByPath.TryGetValue(path, out var at))
        {
            return _shape;
        }
        if (_bodies[at] is not { } body)
        {
            return null;
        }
        var hash = new XxHash128();
        hash.Append(_shape);
        hash.Append(body.Fingerprint);
        Span<byte> number = stackalloc byte[4];
        BitConverter.TryWriteBytes(number, body.WordCount);
        hash.Append(number);
        foreach (var heading in body.Headings)
        {
            BitConverter.TryWriteBytes(number, heading.Level);
            hash.Append(number);
            AppendText(hash, heading.Id);
            AppendText(hash, heading.Text);
        }
        return hash.GetHashAndReset();
    }

    private static byte[] Shape(SiteIndex index, IReadOnlyList<RenderedBody?> bodies)
    {
        // Front matter through the cache's own codec: it writes every property of an article but its body (a test fails
        // when one is added), so no value a page can show is left out here by forgetting it.
        var hash = new XxHash128();
        var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        w.Write(index.Articles.Count);
        for (var i = 0; i < index.Articles.Count; i++)
        {
            var entry = index.Articles[i];
            ArticleCodec.WriteArticle(w, entry.Article);
            w.Write(entry.Slug);
            w.Write(entry.Lang);
            ArticleCodec.WriteOptional(w, entry.ImagePath);
            // A card without a summary shows the start of the body.
            var excerpt = string.IsNullOrWhiteSpace(entry.Article.Summary) && bodies[i] is { } body;
            w.Write(excerpt);
            if (excerpt)
            {
                w.Write(bodies[i]!.Fingerprint);
            }
            if (buffer.Length >= 1 << 16)
            {
                Flush(w, buffer, hash);
            }
        }
        Flush(w, buffer, hash);
        return hash.GetHashAndReset();
    }

    private static void Flush(BinaryWriter w, MemoryStream buffer, XxHash128 hash)
    {
        w.Flush();
        hash.Append(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    private static void AppendText(XxHash128 hash, string text)
    {
        // Length first, so two texts can never run into each other.
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.Append(length);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
