namespace Digest.Site.Rendering.Markdown;

/// <summary>An article body as HTML, with its headings and length.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<TocEntry> Headings, int WordCount, string PlainText);
