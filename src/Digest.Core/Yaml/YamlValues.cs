using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Core.Yaml;

/// <summary>Typed reads of YAML values that report a located error with the expected form on a mismatch.</summary>
public sealed class YamlValues(string path, DiagnosticBag diagnostics)
{
    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public static SourceSpan SpanOf(YNode node) => new(node.Line, node.Column);

    public void Error(YNode node, string message, DiagnosticCode code) => Diagnostics.Error(Path, node.Line, node.Column, message, code);

    /// <summary>An error at a place no node stands for, e.g. the closing <c>---</c> where a missing field would go.</summary>
    public void Error(SourceSpan at, string message, DiagnosticCode code) => Diagnostics.Error(Path, at.Line, at.Column, message, code);

    public void Warning(YNode node, string message, DiagnosticCode code) => Diagnostics.Warning(Path, node.Line, node.Column, message, code);

    /// <summary>Text, or null when absent or empty. Lists and maps are errors.</summary>
    public string? Text(YNode? node, string field)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar s when s.IsNull:
                return null;
            case YScalar s:
                return s.Value.Trim();
            default:
                Error(node, $"'{field}' must be text, not a {Kind(node)} (e.g. {field}: \"…\")", DiagnosticCodes.WrongType);
                return null;
        }
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>); anything else is an error.</summary>
    public bool Bool(YNode? node, string field, bool fallback = false)
    {
        switch (node)
        {
            case null:
                return fallback;
            case YScalar s when s.IsNull:
                return fallback;
            case YScalar s when s.AsBoolean() is { } b:
                return b;
            default:
                Error(node, $"'{field}' must be true or false, not {Describe(node)}", DiagnosticCodes.WrongType);
                return fallback;
        }
    }

    /// <summary>A positive whole number.</summary>
    public int? PositiveInt(YNode? node, string field)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar s when s.IsNull:
                return null;
            case YScalar s when s.IsPlain && int.TryParse(s.Value, out var n) && n > 0:
                return n;
            default:
                Error(node, $"'{field}' must be a whole number greater than 0, not {Describe(node)}", DiagnosticCodes.WrongType);
                return null;
        }
    }

    /// <summary>A list of text items, or one comma-separated string. Numbers and booleans are errors.</summary>
    public List<(string Value, YNode Node)> TextList(YNode? node, string field, bool allowCommaString)
    {
        var result = new List<(string, YNode)>();
        switch (node)
        {
            case null:
                break;
            case YScalar s when s.IsNull:
                break;
            case YScalar s when allowCommaString && !(s.IsPlain && (s.IsNumber || s.AsBoolean() is not null)):
                foreach (var part in s.Value.Split(','))
                {
                    var trimmed = part.Trim();
                    if (trimmed.Length > 0)
                    {
                        result.Add((trimmed, s));
                    }
                }
                break;
            case YSequence seq:
                foreach (var item in seq.Items)
                {
                    if (item is YScalar { IsNull: false } text)
                    {
                        result.Add((text.Value.Trim(), text));
                    }
                    else if (item is not YScalar)
                    {
                        Error(item, $"each entry of '{field}' must be text, not a {Kind(item)}", DiagnosticCodes.WrongType);
                    }
                }
                break;
            default:
                var form = allowCommaString ? $"a list ({field}: [a, b]) or a comma-separated string ({field}: \"a, b\")" : $"a list ({field}: [a, b])";
                Error(node, $"'{field}' must be {form}, not {Describe(node)}", DiagnosticCodes.WrongType);
                break;
        }
        return result;
    }

    /// <summary>The values of <see cref="TextList"/> without their nodes.</summary>
    public List<string> Strings(YNode? node, string field, bool allowCommaString)
    {
        var list = TextList(node, field, allowCommaString);
        var result = new List<string>(list.Count);
        foreach (var (value, _) in list)
        {
            result.Add(value);
        }
        return result;
    }

    public static string Kind(YNode node) => node switch
    {
        YMapping => "map",
        YSequence => "list",
        _ => "value",
    };

    public static string Describe(YNode node) => node switch
    {
        YMapping => "a map",
        YSequence => "a list",
        YScalar s => $"'{Shorten(s.Value)}'",
        _ => "this",
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>Converts a node to plain values for templates: string, bool, long, double, list, map.</summary>
    public static object? ToPlain(YNode node)
    {
        switch (node)
        {
            case YScalar s when s.IsNull:
                return null;
            case YScalar s when s.IsPlain && s.AsBoolean() is { } b:
                return b;
            case YScalar s when s.IsPlain && long.TryParse(s.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var l):
                return l;
            case YScalar s when s.IsPlain && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d):
                return d;
            case YScalar s:
                return s.Value;
            case YSequence seq:
                var list = new List<object?>(seq.Items.Count);
                foreach (var item in seq.Items)
                {
                    list.Add(ToPlain(item));
                }
                return list;
            case YMapping map:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var entry in map.Entries)
                {
                    dict[entry.Key.Value] = ToPlain(entry.Value);
                }
                return dict;
            default:
                return null;
        }
    }
}
