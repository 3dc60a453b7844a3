using System.IO.Hashing;
using System.Text;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// An article body as HTML, with its headings and length. A body reused from the build cache keeps its HTML as the
/// cache file's UTF-8 bytes and turns it into text only when a page or feed asks for it: a rebuild reuses most pages
/// without ever looking at their bodies.
/// </summary>
public sealed class RenderedBody
{
    private readonly ReadOnlyMemory<byte> _htmlUtf8;
    private string? _html;
    private string? _plainText;
    private byte[]? _fingerprint;

    public RenderedBody(string html, IReadOnlyList<TocEntry> headings, int wordCount, string plainText)
    {
        _html = html;
        Headings = headings;
        WordCount = wordCount;
        _plainText = plainText;
    }

    /// <summary>
    /// A body whose HTML is <paramref name="htmlUtf8"/>, which must stay unchanged while this body is used. Its plain
    /// text is made from the HTML when first asked for.
    /// </summary>
    public RenderedBody(ReadOnlyMemory<byte> htmlUtf8, IReadOnlyList<TocEntry> headings, int wordCount)
    {
        _htmlUtf8 = htmlUtf8;
        Headings = headings;
        WordCount = wordCount;
    }

    // Two threads may decode at once; both get equal text, so the races below are harmless.
    public string Html => _html ??= Encoding.UTF8.GetString(_htmlUtf8.Span);

    public IReadOnlyList<TocEntry> Headings { get; }

    public int WordCount { get; }

    /// <summary>The body's text without markup (search, excerpts).</summary>
    public string PlainText => _plainText ??= MarkdownRenderer.PlainText(_htmlUtf8.Span);

    /// <summary>
    /// XxHash128 of the HTML as UTF-8 (a cache key, not a security check): stands for the body wherever a cache key needs it (page fingerprints, search
    /// terms), so a rebuild never has to decode a reused body only to hash it.
    /// </summary>
    public byte[] Fingerprint => _fingerprint ??= _html is null || !_htmlUtf8.IsEmpty
        ? XxHash128.Hash(_htmlUtf8.Span)
        : XxHash128.Hash(Encoding.UTF8.GetBytes(_html));
}
