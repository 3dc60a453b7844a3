namespace Digest.Core.Model;

/// <summary>One article as written: its front matter, typed, and its Markdown body.</summary>
public sealed record Article
{
    /// <summary>Path used in diagnostics, e.g. <c>input/articles/2022-08-14-x.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The file name without extension; links like <c>other.md</c> resolve by it.</summary>
    public required string FileStem { get; init; }

    public required string Title { get; init; }

    public required ArticleDate Date { get; init; }

    public ArticleDate? Updated { get; init; }

    public IReadOnlyList<TopicRef> Topics { get; init; } = [];

    public IReadOnlyList<ExpertRef> Experts { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public string? Summary { get; init; }

    public string? Source { get; init; }

    public string? SourceUrl { get; init; }

    public string? Author { get; init; }

    /// <summary>Language given in front matter, or null for the site's.</summary>
    public string? Lang { get; init; }

    public ArticleImage? Image { get; init; }

    /// <summary>Slug given in front matter, or null to derive one from the title.</summary>
    public string? Slug { get; init; }

    /// <summary>Where the article's slug comes from (its <c>slug:</c>, else its <c>title:</c>), to locate a slug collision.</summary>
    public SourceSpan SlugSpan { get; init; } = SourceSpan.None;

    public bool Draft { get; init; }

    /// <summary>Importer bookkeeping: the file the article was imported from.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Importer bookkeeping: hash of the generated text, to detect hand edits.</summary>
    public string? ImportHash { get; init; }

    /// <summary>Fields Digest does not know, kept for templates (strings, booleans, numbers, lists, maps).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The Markdown after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>The file line on which the body starts, so Markdown diagnostics can be located.</summary>
    public int BodyLine { get; init; } = 1;
}
