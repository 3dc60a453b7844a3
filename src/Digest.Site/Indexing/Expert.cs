namespace Digest.Site.Indexing;

/// <summary>An expert with their articles (newest first) and quotes; from experts.yml or first seen in an article.</summary>
internal sealed class Expert(string slug, string name, IReadOnlyList<string> aliases, bool defined)
{
    public string Slug { get; } = slug;

    public string Name { get; } = name;

    public IReadOnlyList<string> Aliases { get; } = aliases;

    public bool Defined { get; } = defined;

    public string? Role { get; set; }

    public string? Org { get; set; }

    public string? Bio { get; set; }

    /// <summary>The expert's own web page, if given.</summary>
    public string? Url { get; set; }

    public List<ArticleEntry> Articles { get; } = [];

    public List<ExpertQuote> Quotes { get; } = [];

    public string OutputPath => $"experts/{Slug}/index.html";
}
