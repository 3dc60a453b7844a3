using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Core.Text;
using Digest.Import.Data;

namespace Digest.Import.Tagging;

/// <summary>The topics articles are tagged with: <c>&lt;input&gt;/topics.yml</c> when present, else the shipped default.</summary>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Shipped = new(() => Parse(EmbeddedData.Read("default-topics.yml"), "Data/default-topics.yml", "default vocabulary", new DiagnosticBag()));

    private static readonly IReadOnlyList<string> NoStems = [];

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, List<string>> _stems;

    /// <param name="topics">The topics, in the order of their file.</param>
    /// <param name="origin">Where they came from, for messages.</param>
    /// <param name="stems">Folded stems by slug (see <see cref="TopicStems"/>); none when null.</param>
    public Vocabulary(IReadOnlyList<TopicDefinition> topics, string origin, IReadOnlyDictionary<string, List<string>>? stems = null)
    {
        Topics = topics;
        Origin = origin;
        _stems = stems ?? new Dictionary<string, List<string>>();
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
                var vocabulary = Parse(File.ReadAllText(path), path, path, diagnostics);
                if (vocabulary.Topics.Count > 0)
                {
                    return vocabulary;
                }
            }
        }
        return Default;
    }

    /// <summary>The folded stems of a topic (word beginnings and compound parts that name it).</summary>
    public IReadOnlyList<string> Stems(string slug) => _stems.TryGetValue(slug, out var list) ? list : NoStems;

    private static Vocabulary Parse(string text, string path, string origin, DiagnosticBag diagnostics) =>
        new(TopicsParser.Parse(text, path, diagnostics), origin, TopicStems.Read(text, path, diagnostics));

    /// <summary>The slug a slug, label or alias names ("Nordkoreas" → nordkorea), or null.</summary>
    public string? Resolve(string name) => _byName.TryGetValue(SearchFolding.Fold(name.Trim()), out var slug) ? slug : null;
}
