using Markdig.Syntax;

namespace Digest.Site.Rendering.Markdown;

/// <summary>An article body parsed but not yet rendered: links are resolved only once every article's anchors are known.</summary>
internal sealed class ParsedBody(MarkdownDocument document, IReadOnlyList<TocEntry> headings, IReadOnlySet<string> anchors, int wordCount)
{
    public MarkdownDocument Document { get; } = document;

    public IReadOnlyList<TocEntry> Headings { get; } = headings;

    /// <summary>Every id a link may target with <c>#…</c>.</summary>
    public IReadOnlySet<string> Anchors { get; } = anchors;

    public int WordCount { get; } = wordCount;
}
