using Digest.Core.Model;

namespace Digest.Site.Indexing.Editions;

/// <summary>
/// A published edition: written (<see cref="Definition"/> set) or made automatically for a period without an edition
/// file. Its articles are grouped into <see cref="Sections"/>; <see cref="Experts"/> lists everyone its articles cite.
/// </summary>
internal sealed class Edition(string slug, string title, ArticleDate date, EditionPeriod? period, EditionDefinition? definition)
{
    public string Slug { get; } = slug;

    public string Title { get; } = title;

    public ArticleDate Date { get; } = date;

    public EditionPeriod? Period { get; } = period;

    /// <summary>The edition file; null for an automatic edition.</summary>
    public EditionDefinition? Definition { get; } = definition;

    public bool Automatic => Definition is null;

    public string? Summary => Definition?.Summary;

    /// <summary>Position in the newest-first list of editions.</summary>
    public int Index { get; set; }

    /// <summary>The articles in the order the edition shows them (section by section).</summary>
    public List<ArticleEntry> Articles { get; } = [];

    public List<EditionSection> Sections { get; } = [];

    /// <summary>Every expert the edition's articles cite, in order of first appearance, with the role given there.</summary>
    public List<ArticleExpert> Experts { get; } = [];

    public Edition? Newer { get; set; }

    public Edition? Older { get; set; }

    public string Folder => $"editions/{Slug}/";

    public string OutputPath => Folder + "index.html";
}
