using Digest.Site.Indexing;
using Digest.Site.Indexing.Editions;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Rendering.Editions;

/// <summary>Turns editions into the view models their pages, emails and e-books are made from.</summary>
internal sealed class EditionViews(SiteIndex index, ViewModelFactory views, IReadOnlyList<RenderedBody?> introductions)
{
    public ViewModelFactory Views => views;

    public RenderedBody? Introduction(Edition edition) => edition.Index < introductions.Count ? introductions[edition.Index] : null;

    public EditionView Edition(Edition edition)
    {
        var strings = views.Strings;
        var sections = new List<EditionSectionView>(edition.Sections.Count);
        foreach (var section in edition.Sections)
        {
            var items = new List<EditionItemView>(section.Articles.Count);
            foreach (var entry in section.Articles)
            {
                items.Add(new EditionItemView(views.Card(entry), Quotes(entry)));
            }
            var id = section.Topic is { } topic ? "topic-" + topic.Slug : "more";
            sections.Add(new EditionSectionView(id, section.Topic?.Label ?? strings.Get("edition_other"), section.Topic?.OutputPath, items,
                views.Cards(section.AlsoHere)));
        }
        var experts = new List<ExpertLinkView>(edition.Experts.Count);
        foreach (var cited in edition.Experts)
        {
            experts.Add(ExpertLink(cited));
        }
        return new EditionView(edition.Title, edition.Slug, edition.OutputPath, edition.Folder, views.Date(edition.Date),
            edition.Period is { } p ? EditionText.Period(p, strings) : null, edition.Summary, Introduction(edition), sections, experts,
            edition.Newer is null ? null : views.EditionLink(edition.Newer), edition.Older is null ? null : views.EditionLink(edition.Older),
            edition.Articles.Count, edition.Automatic, index.Settings.BaseUrl is not null);
    }

    /// <summary>The direct quotes <paramref name="entry"/> holds, each with the expert's name and the role the article gives.</summary>
    public static List<EditionQuoteView> Quotes(ArticleEntry entry)
    {
        var list = new List<EditionQuoteView>();
        foreach (var cited in entry.Experts)
        {
            foreach (var quote in cited.Expert.Quotes)
            {
                if (quote.Article == entry)
                {
                    list.Add(new EditionQuoteView(quote.Text, cited.Expert.Name, cited.Role ?? cited.Expert.Role, cited.Org ?? cited.Expert.Org, cited.Expert.OutputPath));
                }
            }
        }
        return list;
    }

    private static ExpertLinkView ExpertLink(ArticleExpert cited) =>
        new(cited.Expert.Slug, cited.Expert.Name, cited.Role ?? cited.Expert.Role, cited.Org ?? cited.Expert.Org, cited.Expert.OutputPath);
}
