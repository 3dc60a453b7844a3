using Digest.Core.Model;
using Digest.Site.Indexing;

namespace Digest.Site.Checking;

/// <summary>The topics of topics.yml under every name they answer to, with "did you mean" for near misses.</summary>
public sealed class TopicVocabulary
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Suggestion)> _candidates = [];

    public TopicVocabulary(IReadOnlyList<TopicDefinition> definitions)
    {
        foreach (var def in definitions)
        {
            Add(def.Slug, def.Slug);
            Add(def.Label, def.Slug);
            foreach (var alias in def.Aliases)
            {
                Add(alias, def.Slug);
            }
        }
    }

    /// <summary>False when topics.yml defines nothing, so there is nothing to compare against.</summary>
    public bool IsEmpty => _known.Count == 0;

    /// <summary>Whether the name is a slug, label or alias of a defined topic (any case or accents).</summary>
    public bool IsKnown(string name) => _known.Contains(NameKey.ForTopic(name));

    /// <summary>The slug of the defined topic nearest to <paramref name="name"/>, or null when none is close.</summary>
    public string? Suggest(string name) => NameSuggestion.Best(NameKey.ForTopic(name), _candidates);

    /// <summary>The warning text for a topic that is not defined.</summary>
    public string Describe(string name) => Suggest(name) is { } suggestion
        ? $"topic '{name}' is not in topics.yml; did you mean '{suggestion}'?"
        : $"topic '{name}' is not in topics.yml; it gets a page of its own (add it to topics.yml to give it a label and description)";

    private void Add(string name, string slug)
    {
        var key = NameKey.ForTopic(name);
        if (_known.Add(key))
        {
            _candidates.Add((key, slug));
        }
    }
}
