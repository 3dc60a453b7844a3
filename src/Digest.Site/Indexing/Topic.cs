namespace Digest.Site.Indexing;

/// <summary>A topic with its articles (newest first); from topics.yml or first seen in an article.</summary>
internal sealed class Topic(string slug, string label, string? description, IReadOnlyList<string> aliases, bool defined)
{
    public string Slug { get; } = slug;

    public string Label { get; } = label;

    public string? Description { get; } = description;

    public IReadOnlyList<string> Aliases { get; } = aliases;

    /// <summary>False for topics used in articles but missing from topics.yml.</summary>
    public bool Defined { get; } = defined;

    public List<ArticleEntry> Articles { get; } = [];

    public string OutputPath => $"topics/{Slug}/index.html";
}
