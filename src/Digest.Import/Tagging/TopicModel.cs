using System.Globalization;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Yaml;
using Digest.Import.Data;

namespace Digest.Import.Tagging;

/// <summary>
/// The weights and thresholds of the topic tagger, read from <c>Data/topic-model.yml</c> and overridden value by value
/// by <c>&lt;input&gt;/import/topic-model.yml</c>.
/// </summary>
public sealed class TopicModel
{
    /// <summary>Every setting, as <c>section.name</c>; the shipped file gives each a value.</summary>
    public static readonly IReadOnlyList<string> SettingNames =
    [
        "weights.title", "weights.kicker", "weights.lead", "weights.heading", "weights.body",
        "factors.alias", "factors.stem", "factors.compound_head", "factors.role_word", "factors.repeat_in_block",
        "thresholds.min_evidence", "thresholds.min_score", "thresholds.min_share", "thresholds.min_topics", "thresholds.max_topics",
    ];

    private static readonly Lazy<TopicModel> Shipped = new(() => Parse(EmbeddedData.Read("topic-model.yml"), "Data/topic-model.yml", null, new DiagnosticBag()));

    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    public static TopicModel Default => Shipped.Value;

    public IReadOnlyDictionary<string, double> Values => _values;

    public double Value(string setting) => _values.GetValueOrDefault(setting);

    /// <summary>The weight of a word by where it stands.</summary>
    public double Weight(TopicPart part) => part switch
    {
        TopicPart.Title => Value("weights.title"),
        TopicPart.Kicker => Value("weights.kicker"),
        TopicPart.Lead => Value("weights.lead"),
        TopicPart.Heading => Value("weights.heading"),
        _ => Value("weights.body"),
    };

    public double AliasFactor => Value("factors.alias");

    public double StemFactor => Value("factors.stem");

    public double CompoundHeadFactor => Value("factors.compound_head");

    public double RoleWordFactor => Value("factors.role_word");

    public double RepeatInBlock => Value("factors.repeat_in_block");

    public double MinEvidence => Value("thresholds.min_evidence");

    public double MinScore => Value("thresholds.min_score");

    public double MinShare => Value("thresholds.min_share");

    public int MinTopics => (int)Value("thresholds.min_topics");

    public int MaxTopics => Math.Max(1, (int)Value("thresholds.max_topics"));

    /// <summary>The shipped model, with the values of <paramref name="path"/> when that file exists.</summary>
    public static TopicModel Load(string? path, DiagnosticBag diagnostics) =>
        path is not null && File.Exists(path) ? Parse(File.ReadAllText(path), path, Default, diagnostics) : Default;

    /// <summary>Reads a model; values it does not give come from <paramref name="defaults"/>. Unknown names and bad numbers are reported.</summary>
    public static TopicModel Parse(string text, string path, TopicModel? defaults, DiagnosticBag diagnostics)
    {
        var model = new TopicModel();
        if (defaults is not null)
        {
            foreach (var (k, v) in defaults._values)
            {
                model._values[k] = v;
            }
        }
        var root = YamlReader.Read(FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return model;
        }
        if (root is not YMapping map)
        {
            diagnostics.Error(path, root.Line, root.Column, "expected the sections weights, factors and thresholds", DiagnosticCodes.InvalidTopicModel);
            return model;
        }
        foreach (var section in map.Entries)
        {
            if (section.Value is not YMapping values)
            {
                diagnostics.Warning(path, section.Key.Line, section.Key.Column, $"'{section.Key.Value}' is not a section of name: number lines; ignored", DiagnosticCodes.InvalidTopicModel);
                continue;
            }
            foreach (var entry in values.Entries)
            {
                var name = section.Key.Value + "." + entry.Key.Value;
                if (!SettingNames.Contains(name))
                {
                    diagnostics.Warning(path, entry.Key.Line, entry.Key.Column, $"unknown setting '{name}' is ignored", DiagnosticCodes.InvalidTopicModel);
                }
                else if (entry.Value is YScalar { IsNull: false } s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    model._values[name] = v;
                }
                else
                {
                    diagnostics.Warning(path, entry.Value.Line, entry.Value.Column, $"'{name}' is not a number; the shipped value is used", DiagnosticCodes.InvalidTopicModel);
                }
            }
        }
        return model;
    }
}
