using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Text;
using Digest.Import.Data;

namespace Digest.Import.Tagging;

/// <summary>The topics articles are tagged with: <c>&lt;input&gt;/topics.yml</c> when present, else the shipped default.</summary>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Shipped = new(() =>
        new Vocabulary(TopicsParser.Parse(EmbeddedData.Read("default-topics.yml"), "Data/default-topics.yml", new DiagnosticBag()), "default vocabulary"));

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public Vocabulary(IReadOnlyList<TopicDefinition> topics, string origin)
    {
        Topics = topics;
        Origin = origin;
        foreach (var t in topics)
        {
            _byName.TryAdd(SearchFolding.Fold(t.Slug), t.Slug);
            _byName.TryAdd(SearchFolding.Fold(t.Label), t.Slug);
            foreach (var a in t.Aliases)
            {
                _byName.TryAdd(SearchFolding.Fold(a), t.Slug);
            }
        }
    }

    public static Vocabulary Default => Shipped.Value;

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Where the topics came from, for messages ("input/topics.yml" or "default vocabulary").</summary>
    public string Origin { get; }

    /// <summary>Uses <c>topics.yml</c> in <paramref name="inputDir"/> when it exists and has topics, else the default.</summary>
    public static Vocabulary Load(string? inputDir, DiagnosticBag diagnostics)
    {
        if (inputDir is not null)
        {
            var path = Path.Combine(inputDir, "topics.yml");
            if (File.Exists(path))
            {
                var topics = TopicsParser.Parse(File.ReadAllText(path), path, diagnostics);
                if (topics.Count > 0)
                {
                    return new Vocabulary(topics, path);
                }
            }
        }
        return Default;
    }

    /// <summary>The slug a slug, label or alias names ("Nordkoreas" → nordkorea), or null.</summary>
    public string? Resolve(string name) => _byName.TryGetValue(SearchFolding.Fold(name.Trim()), out var slug) ? slug : null;
}
