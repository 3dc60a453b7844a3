using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>Everything read from the input folder, parsed and typed, before any indexing.</summary>
internal sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<TopicDefinition> Topics,
    IReadOnlyList<ExpertDefinition> Experts,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<StaticFile> StaticFiles)
{
    /// <summary>The edition files of <c>input/editions/</c>, in file-name order.</summary>
    public IReadOnlyList<EditionDefinition> Editions { get; init; } = [];

    /// <summary>The articles' Markdown bodies (some read from their files only when asked for).</summary>
    public BodyTexts Bodies { get; init; } = BodyTexts.AsParsed;
}
