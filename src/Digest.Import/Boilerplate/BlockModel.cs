using System.Globalization;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Yaml;
using Digest.Import.Data;

namespace Digest.Import.Boilerplate;

/// <summary>The weights and threshold of the block classifier, read from <c>Data/block-model.yml</c>.</summary>
internal sealed class BlockModel
{
    /// <summary>Every feature the classifier computes; the data file must give each a weight.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "sentence", "long", "no_function_words", "short", "title_case", "all_caps", "separators", "time_or_count", "file_label",
        "glued_words", "agency_credit", "reader_family", "family", "before_headline", "before_lead", "after_content", "between_content", "repeated",
        "headline_repeat", "neighbours",
    ];

    private static readonly Lazy<BlockModel> Shipped = new(() => Parse(EmbeddedData.Read("block-model.yml"), "Data/block-model.yml", new DiagnosticBag()));

    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);

    public static BlockModel Default => Shipped.Value;

    public double Threshold { get; private set; } = 2;

    public double Bias { get; private set; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Weight(string feature) => _weights.GetValueOrDefault(feature);

    /// <summary>Reads a model; unknown or missing features and unreadable numbers are reported.</summary>
    public static BlockModel Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var model = new BlockModel();
        var root = YamlReader.Read(FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is not YMapping map)
        {
            // An empty or unreadable file has no line to point at: it is reported as a whole.
            diagnostics.Error(path, root?.Line ?? 0, root?.Column ?? 0, "expected threshold, bias and weights", DiagnosticCodes.InvalidBlockModel);
            return model;
        }
        model.Threshold = Number(map.Get("threshold"), path, diagnostics) ?? model.Threshold;
        model.Bias = Number(map.Get("bias"), path, diagnostics) ?? 0;
        if (map.Get("weights") is YMapping weights)
        {
            foreach (var entry in weights.Entries)
            {
                if (!FeatureNames.Contains(entry.Key.Value))
                {
                    diagnostics.Warning(path, entry.Key.Line, entry.Key.Column, $"unknown feature '{entry.Key.Value}' is ignored", DiagnosticCodes.UnknownBlockFeature);
                    continue;
                }
                if (Number(entry.Value, path, diagnostics) is { } w)
                {
                    model._weights[entry.Key.Value] = w;
                }
            }
        }
        // A missing weight is told where it would be added: under 'weights:', else at the top of the model.
        var missingAt = (YNode?)WeightsKey(map) ?? map;
        foreach (var name in FeatureNames)
        {
            if (!model._weights.ContainsKey(name))
            {
                diagnostics.Warning(path, missingAt.Line, missingAt.Column, $"feature '{name}' has no weight; it counts 0", DiagnosticCodes.MissingBlockWeight);
            }
        }
        return model;
    }

    private static YScalar? WeightsKey(YMapping map)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == "weights")
            {
                return entry.Key;
            }
        }
        return null;
    }

    private static double? Number(YNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is not YScalar { IsNull: false } s)
        {
            return null;
        }
        if (double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }
        diagnostics.Error(path, s.Line, s.Column, $"'{s.Value}' is not a number", DiagnosticCodes.InvalidBlockModel);
        return null;
    }
}
