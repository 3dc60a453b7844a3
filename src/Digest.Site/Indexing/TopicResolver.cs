using Digest.Core.Model;

namespace Digest.Site.Indexing;

/// <summary>
/// Maps topic names as written (slug, label or alias, any case or accents) to one topic each.
/// Names not in topics.yml become topics of their own.
/// </summary>
internal sealed class TopicResolver
{
    private readonly Dictionary<string, Topic> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _bySlug = new(StringComparer.Ordinal);

    /// <summary>Names exactly as written: a site names the same few topics thousands of times, and folding a name is the costly part.</summary>
    private readonly Dictionary<string, Topic?> _byName = new(StringComparer.Ordinal);

    public TopicResolver(IReadOnlyList<TopicDefinition> definitions)
    {
        foreach (var def in definitions)
        {
            if (_bySlug.ContainsKey(def.Slug))
            {
                continue;
            }
            var topic = new Topic(def.Slug, def.Label, def.Description, def.Aliases, defined: true);
            _bySlug[def.Slug] = topic;
            _byKey.TryAdd(NameKey.ForTopic(def.Slug), topic);
            _byKey.TryAdd(NameKey.ForTopic(def.Label), topic);
        }
        // Aliases come second so a label or slug always wins over another topic's alias.
        foreach (var def in definitions)
        {
            foreach (var alias in def.Aliases)
            {
                _byKey.TryAdd(NameKey.ForTopic(alias), _bySlug[def.Slug]);
            }
        }
    }

    /// <summary>The topic for <paramref name="name"/>, creating it when unknown; null when the name has no letters or digits.</summary>
    public Topic? Resolve(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }
        var resolved = ResolveNew(name);
        _byName[name] = resolved;
        return resolved;
    }

    private Topic? ResolveNew(string name)
    {
        var key = NameKey.ForTopic(name);
        if (_byKey.TryGetValue(key, out var topic))
        {
            return topic;
        }
        var slug = Core.Text.Slug.From(name);
        if (slug.Length == 0)
        {
            return null;
        }
        if (!_bySlug.TryGetValue(slug, out topic))
        {
            topic = new Topic(slug, name.Trim(), null, [], defined: false);
            _bySlug[slug] = topic;
        }
        _byKey[key] = topic;
        return topic;
    }

    /// <summary>Topics with at least one article, ordered by label.</summary>
    public List<Topic> Used()
    {
        var used = new List<Topic>();
        foreach (var topic in _bySlug.Values)
        {
            if (topic.Articles.Count > 0)
            {
                used.Add(topic);
            }
        }
        used.Sort(static (a, b) =>
        {
            var c = string.Compare(a.Label, b.Label, StringComparison.InvariantCultureIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });
        return used;
    }
}
