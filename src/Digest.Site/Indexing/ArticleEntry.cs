using Digest.Core.Model;

namespace Digest.Site.Indexing;

/// <summary>A published article with its final slug, language and resolved topics and experts.</summary>
internal sealed class ArticleEntry(Article article, string slug, string lang)
{
    public Article Article { get; } = article;

    public string Slug { get; } = slug;

    public string Lang { get; } = lang;

    /// <summary>Position in the newest-first list of published articles.</summary>
    public int Index { get; set; }

    public List<Topic> Topics { get; } = [];

    public List<ArticleExpert> Experts { get; } = [];

    public List<ArticleEntry> Related { get; } = [];

    public ArticleEntry? Newer { get; set; }

    public ArticleEntry? Older { get; set; }

    /// <summary>The lead image's path in the output, once resolved against the input's images; null when there is none.</summary>
    public string? ImagePath { get; set; }

    /// <summary>The editions this article appears in, newest first.</summary>
    public List<Editions.Edition> Editions { get; } = [];

    /// <summary>Made once: pages, bodies, feeds and the page cache all ask for it, 100,000 times each on a large site.</summary>
    public string OutputPath { get; } = $"articles/{slug}/index.html";
}
