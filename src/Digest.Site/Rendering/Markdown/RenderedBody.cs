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

    public RenderedBody(string html, IReadOnlyList<TocEntry> headings, int wordCount, string plainText)
    {
        _html = html;
        Headings = headings;
        WordCount = wordCount;
        PlainText = plainText;
    }

    /// <summary>A body whose HTML is <paramref name="htmlUtf8"/>, which must stay unchanged while this body is used.</summary>
    public RenderedBody(ReadOnlyMemory<byte> htmlUtf8, IReadOnlyList<TocEntry> headings, int wordCount, string plainText)
    {
        _htmlUtf8 = htmlUtf8;
        Headings = headings;
        WordCount = wordCount;
        PlainText = plainText;
    }

    // Two threads may decode at once; both get equal text, so the race is harmless.
    public string Html => _html ??= Encoding.UTF8.GetString(_htmlUtf8.Span);

    public IReadOnlyList<TocEntry> Headings { get; }

    public int WordCount { get; }

    public string PlainText { get; }
}
