using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Loading;

namespace Digest.Site.Indexing.Editions;

/// <summary>
/// Makes the site's editions: the written ones (their period's articles, or their list), then, with
/// <c>editions: daily | weekly | monthly</c>, one automatic edition per period that has articles and no edition file
/// of exactly that period. Editions are ordered newest first; each article learns the editions it is in.
/// </summary>
internal static class EditionIndexer
{
    /// <summary>
    /// The editions of <paramref name="index"/>; <paramref name="autoTitle"/> names an automatic edition of a period
    /// (in the site's language). Problems in edition files are reported with their file, line and column.
    /// </summary>
    public static List<Edition> Index(SiteIndex index, SiteContent content, BuildOptions options, Func<EditionPeriod, string> autoTitle,
        DiagnosticBag diagnostics)
    {
        var vocabulary = new List<string>(content.Topics.Count);
        foreach (var topic in content.Topics)
        {
            vocabulary.Add(topic.Slug);
        }
        var written = new List<EditionDefinition>();
        foreach (var definition in content.Editions)
        {
            if (options.IncludeFuture || definition.Date.Start <= options.Now)
            {
                written.Add(definition);
            }
        }
        WarnAboutOverlaps(written, diagnostics);

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var editions = new List<Edition>();
        var writtenPeriods = new HashSet<EditionPeriod>();
        foreach (var definition in written)
        {
            var articles = definition.Period is { } period ? InPeriod(index.Articles, period) : Listed(definition, index, diagnostics);
            var chosen = Sections(definition, index, diagnostics);
            if (definition.Period is { } p)
            {
                writtenPeriods.Add(p);
                if (articles.Count == 0)
                {
                    diagnostics.Warning(definition.SourcePath, definition.PeriodSpan.Line, definition.PeriodSpan.Column,
                        $"no published article falls in period {p.ToIso()}; the edition shows only its introduction", DiagnosticCodes.EmptyEdition);
                }
            }
            var wanted = definition.Slug ?? Core.Text.Slug.From(definition.FileStem);
            var slug = Claim(wanted.Length == 0 ? "edition" : wanted, taken, definition, diagnostics);
            editions.Add(Make(new Edition(slug, definition.Title, definition.Date, definition.Period, definition), articles, chosen, vocabulary));
        }

        if (index.Settings.Editions != EditionCadence.None)
        {
            var periods = new List<EditionPeriod>();
            var members = new Dictionary<EditionPeriod, List<ArticleEntry>>();
            foreach (var entry in index.Articles)
            {
                if (EditionPeriod.For(index.Settings.Editions, entry.Article.Date) is not { } period || writtenPeriods.Contains(period))
                {
                    continue;
                }
                if (!members.TryGetValue(period, out var list))
                {
                    members[period] = list = [];
                    periods.Add(period);
                }
                list.Add(entry);
            }
            foreach (var period in periods)
            {
                var list = members[period];
                // Dated by its newest article, so the same articles always give the same edition, whatever the day of the build.
                var slug = Claim(period.Slug, taken, null, diagnostics);
                var newest = list[0].Article.Date;
                var date = newest.Precision >= DatePrecision.Day ? new ArticleDate(newest.Year, newest.Month, newest.Day, null, null) : newest;
                editions.Add(Make(new Edition(slug, autoTitle(period), date, period, null), list, [], vocabulary));
            }
        }

        editions.Sort(static (a, b) =>
        {
            var c = b.Date.CompareTo(a.Date);
            if (c != 0)
            {
                return c;
            }
            c = (b.Period?.Start ?? DateOnly.MinValue).CompareTo(a.Period?.Start ?? DateOnly.MinValue);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });
        for (var i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            edition.Index = i;
            edition.Newer = i > 0 ? editions[i - 1] : null;
            edition.Older = i + 1 < editions.Count ? editions[i + 1] : null;
            foreach (var entry in edition.Articles)
            {
                entry.Editions.Add(edition);
            }
        }
        return editions;
    }

    private static Edition Make(Edition edition, List<ArticleEntry> articles, List<Topic> chosen, IReadOnlyList<string> vocabulary)
    {
        edition.Sections.AddRange(EditionSections.Group(articles, chosen, vocabulary));
        foreach (var section in edition.Sections)
        {
            edition.Articles.AddRange(section.Articles);
        }
        edition.Experts.AddRange(EditionSections.Experts(edition.Articles));
        return edition;
    }

    /// <summary>The published articles dated within <paramref name="period"/>, in site order (newest first).</summary>
    public static List<ArticleEntry> InPeriod(IReadOnlyList<ArticleEntry> articles, EditionPeriod period)
    {
        var list = new List<ArticleEntry>();
        foreach (var entry in articles)
        {
            if (period.Contains(entry.Article.Date))
            {
                list.Add(entry);
            }
        }
        return list;
    }

    /// <summary>The articles an edition lists, in its order: by file name (with or without <c>.md</c> and folders) or by slug.</summary>
    private static List<ArticleEntry> Listed(EditionDefinition definition, SiteIndex index, DiagnosticBag diagnostics)
    {
        var bySlug = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
        foreach (var entry in index.Articles)
        {
            bySlug.TryAdd(entry.Slug, entry);
        }
        var list = new List<ArticleEntry>(definition.Articles.Count);
        foreach (var item in definition.Articles)
        {
            var name = item.Name.Replace('\\', '/');
            var stem = name[(name.LastIndexOf('/') + 1)..];
            if (stem.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^3];
            }
            if (index.ArticlesByStem.TryGetValue(stem, out var entry) || bySlug.TryGetValue(stem, out entry))
            {
                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }
            else if (index.UnpublishedStems.Contains(stem))
            {
                diagnostics.Warning(definition.SourcePath, item.Span.Line, item.Span.Column,
                    $"article '{item.Name}' is a draft or dated in the future; the edition leaves it out", DiagnosticCodes.UnpublishedEditionArticle);
            }
            else
            {
                diagnostics.Error(definition.SourcePath, item.Span.Line, item.Span.Column,
                    $"article '{item.Name}' does not exist; name an article by its file (2024-05-02-name.md) or its slug", DiagnosticCodes.UnknownEditionArticle);
            }
        }
        return list;
    }

    private static List<Topic> Sections(EditionDefinition definition, SiteIndex index, DiagnosticBag diagnostics)
    {
        var chosen = new List<Topic>(definition.Sections.Count);
        foreach (var item in definition.Sections)
        {
            if (FindTopic(index.Topics, item.Name) is { } topic)
            {
                chosen.Add(topic);
            }
            else
            {
                diagnostics.Error(definition.SourcePath, item.Span.Line, item.Span.Column,
                    $"section '{item.Name}' is no topic of the site; use a topic slug from topics.yml that articles use", DiagnosticCodes.UnknownEditionSection);
            }
        }
        return chosen;
    }

    private static Topic? FindTopic(IReadOnlyList<Topic> topics, string name)
    {
        var key = NameKey.ForTopic(name);
        foreach (var topic in topics)
        {
            if (topic.Slug == name || NameKey.ForTopic(topic.Slug) == key || NameKey.ForTopic(topic.Label) == key)
            {
                return topic;
            }
            foreach (var alias in topic.Aliases)
            {
                if (NameKey.ForTopic(alias) == key)
                {
                    return topic;
                }
            }
        }
        return null;
    }

    private static void WarnAboutOverlaps(List<EditionDefinition> written, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i].Period is not { } later)
            {
                continue;
            }
            for (var j = 0; j < i; j++)
            {
                if (written[j].Period is { } earlier && later.Overlaps(earlier))
                {
                    var span = written[i].PeriodSpan;
                    diagnostics.Warning(written[i].SourcePath, span.Line, span.Column,
                        $"period {later.ToIso()} overlaps period {earlier.ToIso()} of {written[j].SourcePath}; articles in both appear in both editions", DiagnosticCodes.OverlappingEditions);
                }
            }
        }
    }

    // written: the edition file that wants the slug; null for an automatic edition, which never warns.
    private static string Claim(string wanted, HashSet<string> taken, EditionDefinition? written, DiagnosticBag diagnostics)
    {
        var slug = wanted;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }
        if (slug != wanted && written is not null)
        {
            diagnostics.Warning(written.SourcePath, written.SlugSpan.Line, written.SlugSpan.Column, $"edition slug '{wanted}' is already used; this edition is published as '{slug}' (set 'slug:' to choose another)", DiagnosticCodes.EditionSlugTaken);
        }
        return slug;
    }
}
