using Digest.Core.Model;
using Digest.Import.Tagging;

namespace Digest.Import.Model;

/// <summary>A source turned into an article, ready to be written as front-mattered Markdown.</summary>
public sealed class ImportedArticle
{
    /// <summary>The headline, or null when the source has none (then a placeholder is written and the article is a draft).</summary>
    public string? Title { get; init; }

    public ArticleDate? Date { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Every topic the tagger weighed, strongest first, with the words that named it (given ones are <see cref="Topics"/>).</summary>
    public IReadOnlyList<TopicChoice> TopicChoices { get; init; } = [];

    public IReadOnlyList<ImportedExpert> Experts { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public string? Author { get; init; }

    public string? Summary { get; init; }

    public string? Source { get; init; }

    public string? SourceUrl { get; init; }

    public required string Lang { get; init; }

    public string? ImageSrc { get; init; }

    public string? ImageCaption { get; init; }

    public string? ImageCredit { get; init; }

    /// <summary>The body as Markdown.</summary>
    public required string Body { get; init; }

    /// <summary>Required fields the source lacks ("title", "date"); any makes the article a draft.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>
    /// The source had text, but every paragraph of it was taken for page debris: the body is empty. Such an article is a
    /// draft, and the import says so, so that a rule matching too much never silently loses an article.
    /// </summary>
    public bool NoTextKept { get; init; }

    public bool Draft => Missing.Count > 0 || NoTextKept;
}
