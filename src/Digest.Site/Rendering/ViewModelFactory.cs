using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Rendering;

/// <summary>
/// Turns indexed domain objects into the view models templates see. Cards are built once per article, when first
/// needed, and shared: <c>digest serve</c> shows an edited page without making the cards of thousands of others.
/// </summary>
internal sealed class ViewModelFactory
{
    /// <summary>Articles with at least this many h2/h3 headings get a table of contents.</summary>
    public const int TocMinHeadings = 3;

    private readonly SiteIndex _index;
    private readonly UiStrings _strings;
    private readonly IReadOnlyList<RenderedBody?> _bodies;
    private readonly ArticleCardView?[] _cards;

    public ViewModelFactory(SiteIndex index, UiStrings strings, IReadOnlyList<RenderedBody?> bodies)
    {
        _index = index;
        _strings = strings;
        _bodies = bodies;
        _cards = new ArticleCardView?[index.Articles.Count];
        Site = new SiteView(
            index.Settings.Title,
            index.Settings.Description,
            index.Settings.Language,
            index.Settings.Author,
            index.Settings.Notice,
            index.Settings.BaseUrl,
            index.Settings.Extra,
            index.Editions.Count > 0);
    }

    public SiteView Site { get; }

    public ArticleCardView Card(ArticleEntry entry) => CardAt(entry.Index);

    public List<ArticleCardView> Cards(IReadOnlyList<ArticleEntry> entries)
    {
        var list = new List<ArticleCardView>(entries.Count);
        foreach (var entry in entries)
        {
            list.Add(CardAt(entry.Index));
        }
        return list;
    }

    /// <summary>The card of the article at <paramref name="index"/>; pages render in parallel, so the first one made is kept.</summary>
    private ArticleCardView CardAt(int index)
    {
        if (Volatile.Read(ref _cards[index]) is { } card)
        {
            return card;
        }
        var made = BuildCard(_index.Articles[index], _bodies[index]);
        return Interlocked.CompareExchange(ref _cards[index], made, null) ?? made;
    }

    public DateView Date(ArticleDate date) => new(date.ToIso(), _strings.FormatDate(date), date.Precision.ToString().ToLowerInvariant());

    public ArticleView Article(ArticleEntry entry, RenderedBody body)
    {
        var a = entry.Article;
        var toc = new List<TocEntryView>(body.Headings.Count);
        foreach (var h in body.Headings)
        {
            toc.Add(new TocEntryView(h.Level, h.Id, h.Text));
        }
        ImageView? image = null;
        if (a.Image is { } img)
        {
            image = new ImageView(entry.ImagePath, img.Alt, img.Caption, img.Credit);
        }
        return new ArticleView(
            CardAt(entry.Index),
            a.Updated is { } u ? Date(u) : null,
            body,
            toc,
            toc.Count >= TocMinHeadings,
            Math.Max(1, (body.WordCount + 199) / 200),
            image,
            a.People,
            a.Source,
            a.SourceUrl is { } url && !UrlSafety.IsDangerous(url) ? url : null,
            a.Author,
            Cards(entry.Related),
            entry.Newer is null ? null : CardAt(entry.Newer.Index),
            entry.Older is null ? null : CardAt(entry.Older.Index),
            a.Extra,
            EditionLinks(entry.Editions));
    }

    /// <summary>The link to an edition, as lists, previous/next links and article pages show it.</summary>
    public EditionLinkView EditionLink(Indexing.Editions.Edition edition) =>
        new(edition.Title, edition.OutputPath, Date(edition.Date), edition.Period is { } p ? Editions.EditionText.Period(p, _strings) : null,
            edition.Summary, edition.Articles.Count);

    public List<EditionLinkView> EditionLinks(IReadOnlyList<Indexing.Editions.Edition> editions)
    {
        var list = new List<EditionLinkView>(editions.Count);
        foreach (var edition in editions)
        {
            list.Add(EditionLink(edition));
        }
        return list;
    }

    public UiStrings Strings => _strings;

    public TopicSummaryView Topic(Topic topic) =>
        new(topic.Slug, topic.Label, topic.Description, topic.Articles.Count, $"topics/{topic.Slug}/index.html", topic.Aliases);

    public ExpertSummaryView Expert(Expert expert) =>
        new(expert.Slug, expert.Name, expert.Role, expert.Org, expert.Bio,
            expert.Url is { } url && !UrlSafety.IsDangerous(url) ? url : null,
            expert.Articles.Count, $"experts/{expert.Slug}/index.html", expert.Aliases);

    public List<QuoteView> Quotes(Expert expert)
    {
        var list = new List<QuoteView>(expert.Quotes.Count);
        foreach (var q in expert.Quotes)
        {
            list.Add(new QuoteView(q.Text, CardAt(q.Article.Index)));
        }
        return list;
    }

    public List<ArchiveYearView> Archive()
    {
        var years = new List<ArchiveYearView>();
        foreach (var year in ArchiveGrouping.Group(_index.Articles))
        {
            var months = new List<ArchiveMonthView>(year.Months.Count);
            var count = 0;
            foreach (var month in year.Months)
            {
                var label = month.Month == 0 ? $"{year.Year}" : $"{_strings.MonthName(month.Month)} {year.Year}";
                var id = month.Month == 0 ? $"y{year.Year}" : $"m{year.Year}-{month.Month:D2}";
                months.Add(new ArchiveMonthView(month.Month, label, id, Cards(month.Articles)));
                count += month.Articles.Count;
            }
            years.Add(new ArchiveYearView(year.Year, count, months));
        }
        return years;
    }

    private ArticleCardView BuildCard(ArticleEntry entry, RenderedBody? body)
    {
        var a = entry.Article;
        var topics = new List<TopicLinkView>(entry.Topics.Count);
        foreach (var t in entry.Topics)
        {
            topics.Add(new TopicLinkView(t.Slug, t.Label, $"topics/{t.Slug}/index.html"));
        }
        var experts = new List<ExpertLinkView>(entry.Experts.Count);
        foreach (var e in entry.Experts)
        {
            experts.Add(new ExpertLinkView(e.Expert.Slug, e.Expert.Name, e.Role ?? e.Expert.Role, e.Org ?? e.Expert.Org, $"experts/{e.Expert.Slug}/index.html"));
        }
        var summary = a.Summary;
        if (string.IsNullOrWhiteSpace(summary) && body is not null)
        {
            summary = Excerpt(body.PlainText, 220);
        }
        return new ArticleCardView(a.Title, entry.Slug, entry.OutputPath, Date(a.Date), summary, topics, experts, entry.Lang,
            !string.Equals(entry.Lang, _index.Settings.Language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first <paramref name="max"/> characters of <paramref name="text"/>, cut at a word.</summary>
    public static string Excerpt(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max);
        return (cut > max / 2 ? text[..cut] : text[..max]).TrimEnd(',', ';', ':', '.') + " …";
    }
}
