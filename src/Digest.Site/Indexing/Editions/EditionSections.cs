namespace Digest.Site.Indexing.Editions;

/// <summary>Groups an edition's articles by topic, and lists the experts they cite.</summary>
internal static class EditionSections
{
    /// <summary>
    /// The sections of an edition of <paramref name="articles"/> (in edition order): first the topics of
    /// <paramref name="chosen"/> in that order, then the others, most articles first, ties in <paramref name="vocabulary"/>
    /// order (topics not in it after, by slug); articles without a topic last. Each article is shown in the first section
    /// of its topics and linked from the others. Sections with nothing in them are left out.
    /// </summary>
    public static List<EditionSection> Group(IReadOnlyList<ArticleEntry> articles, IReadOnlyList<Topic> chosen, IReadOnlyList<string> vocabulary)
    {
        var counts = new Dictionary<Topic, int>();
        var untagged = new EditionSection(null);
        foreach (var entry in articles)
        {
            foreach (var topic in entry.Topics)
            {
                counts[topic] = counts.TryGetValue(topic, out var n) ? n + 1 : 1;
            }
        }
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            rank.TryAdd(vocabulary[i], i);
        }
        var rest = new List<Topic>();
        foreach (var topic in counts.Keys)
        {
            if (!Contains(chosen, topic))
            {
                rest.Add(topic);
            }
        }
        rest.Sort((a, b) =>
        {
            var c = counts[b].CompareTo(counts[a]);
            if (c != 0)
            {
                return c;
            }
            c = (rank.TryGetValue(a.Slug, out var ra) ? ra : int.MaxValue).CompareTo(rank.TryGetValue(b.Slug, out var rb) ? rb : int.MaxValue);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });
        var sections = new List<EditionSection>(chosen.Count + rest.Count + 1);
        var bySlug = new Dictionary<Topic, EditionSection>();
        foreach (var topic in chosen)
        {
            if (!bySlug.ContainsKey(topic))
            {
                bySlug[topic] = new EditionSection(topic);
                sections.Add(bySlug[topic]);
            }
        }
        foreach (var topic in rest)
        {
            bySlug[topic] = new EditionSection(topic);
            sections.Add(bySlug[topic]);
        }
        foreach (var entry in articles)
        {
            EditionSection? home = null;
            foreach (var section in sections)
            {
                if (section.Topic is { } topic && entry.Topics.Contains(topic))
                {
                    if (home is null)
                    {
                        home = section;
                        section.Articles.Add(entry);
                    }
                    else
                    {
                        section.AlsoHere.Add(entry);
                    }
                }
            }
            if (home is null)
            {
                untagged.Articles.Add(entry);
            }
        }
        sections.Add(untagged);
        sections.RemoveAll(static s => s.Articles.Count == 0 && s.AlsoHere.Count == 0);
        return sections;
    }

    /// <summary>The experts cited in <paramref name="articles"/>, each once, in order of first citation.</summary>
    public static List<ArticleExpert> Experts(IEnumerable<ArticleEntry> articles)
    {
        var seen = new HashSet<Expert>();
        var list = new List<ArticleExpert>();
        foreach (var entry in articles)
        {
            foreach (var cited in entry.Experts)
            {
                if (seen.Add(cited.Expert))
                {
                    list.Add(cited);
                }
            }
        }
        return list;
    }

    private static bool Contains(IReadOnlyList<Topic> topics, Topic topic)
    {
        foreach (var t in topics)
        {
            if (t == topic)
            {
                return true;
            }
        }
        return false;
    }
}
