namespace Digest.Core.Model;

/// <summary>
/// One edition file from <c>input/editions/</c> as written: either a <see cref="Period"/> whose articles it collects or
/// an explicit <see cref="Articles"/> list in the editor's order; the Markdown body is the editor's introduction.
/// </summary>
public sealed record EditionDefinition
{
    /// <summary>Path used in diagnostics, e.g. <c>input/editions/2024-w18.md</c>.</summary>
    public required string SourcePath { get; init; }

    public required string FileStem { get; init; }

    public required string Title { get; init; }

    /// <summary>The publication date.</summary>
    public required ArticleDate Date { get; init; }

    public EditionPeriod? Period { get; init; }

    public SourceSpan PeriodSpan { get; init; } = SourceSpan.None;

    /// <summary>Article file names or slugs, in the editor's order; empty when the edition has a period.</summary>
    public IReadOnlyList<EditionItemRef> Articles { get; init; } = [];

    /// <summary>Where the <c>articles:</c> key is written; <see cref="SourceSpan.None"/> for an edition with a period.</summary>
    public SourceSpan ArticlesSpan { get; init; } = SourceSpan.None;

    /// <summary>Topic names in the order their sections are shown; empty for the default order.</summary>
    public IReadOnlyList<EditionItemRef> Sections { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>Slug given in front matter, or null to use the file name.</summary>
    public string? Slug { get; init; }

    /// <summary>Where the slug comes from: the <c>slug:</c> value, else the <c>title:</c> (near which a slug would be added).</summary>
    public SourceSpan SlugSpan { get; init; } = SourceSpan.None;

    /// <summary>The introduction, Markdown.</summary>
    public string Body { get; init; } = string.Empty;

    public int BodyLine { get; init; } = 1;
}
