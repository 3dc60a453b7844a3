using System.IO.Hashing;
using System.Text;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// An article body as HTML, with its headings and length. The HTML is held once, as UTF-8 (for a body recalled from an
/// earlier build, the bytes its memo keeps); its text form and plain text are made each time they are asked for and not
/// kept. A large site holds every body at once, and on some machines fresh memory costs more than decoding again:
/// pages and feeds ask for a body a few times, while keeping two more copies of every body would double the memory.
/// </summary>
internal sealed class RenderedBody
{
    private readonly Func<ReadOnlyMemory<byte>>? _load;
    private readonly ReadOnlyMemory<byte> _htmlUtf8;
    private byte[]? _fingerprint;

    public RenderedBody(string html, IReadOnlyList<TocEntry> headings, int wordCount)
        : this(Encoding.UTF8.GetBytes(html), headings, wordCount)
    {
    }

    /// <summary>A body whose HTML is <paramref name="htmlUtf8"/>, which must stay unchanged while this body is used.</summary>
    public RenderedBody(ReadOnlyMemory<byte> htmlUtf8, IReadOnlyList<TocEntry> headings, int wordCount)
    {
        _htmlUtf8 = htmlUtf8;
        Headings = headings;
        WordCount = wordCount;
    }

    /// <summary>
    /// A body whose HTML <paramref name="load"/> gives when first needed (from the memo of earlier builds, which keeps what it
    /// has read, so asking again costs nothing) and whose <paramref name="fingerprint"/> is known already, so pages that
    /// show it unchanged are kept without reading it.
    /// </summary>
    public RenderedBody(Func<ReadOnlyMemory<byte>> load, byte[] fingerprint, IReadOnlyList<TocEntry> headings, int wordCount)
    {
        _load = load;
        _fingerprint = fingerprint;
        Headings = headings;
        WordCount = wordCount;
    }

    /// <summary>The HTML as UTF-8, as the memo of earlier builds keeps it (once read, it stays).</summary>
    public ReadOnlyMemory<byte> HtmlUtf8 => _load is null ? _htmlUtf8 : _load();

    /// <summary>The HTML (decoded on every call; callers that need it twice keep it).</summary>
    public string Html => Encoding.UTF8.GetString(HtmlUtf8.Span);

    public IReadOnlyList<TocEntry> Headings { get; }

    public int WordCount { get; }

    /// <summary>The body's text without markup (search, excerpts); made on every call.</summary>
    public string PlainText => MarkdownRenderer.PlainText(HtmlUtf8.Span);

    /// <summary>
    /// XxHash128 of the HTML as UTF-8 (a cache key, not a security check): stands for the body wherever a cache key needs it (page fingerprints, search
    /// terms), so a rebuild never has to decode a reused body only to hash it. Two threads may compute it at once; both get the same bytes.
    /// </summary>
    public byte[] Fingerprint => _fingerprint ??= XxHash128.Hash(HtmlUtf8.Span);
}
