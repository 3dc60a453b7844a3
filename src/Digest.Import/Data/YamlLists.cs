using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Import.Data;

/// <summary>Reads a YAML file that maps names to lists of strings (the shape of the rule and lexicon files).</summary>
internal static class YamlLists
{
    public static Dictionary<string, List<string>> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var located = ReadLocated(text, path, diagnostics);
        var result = new Dictionary<string, List<string>>(located.Count, StringComparer.Ordinal);
        foreach (var (key, list) in located)
        {
            result[key] = list.Values;
        }
        return result;
    }

    /// <summary><see cref="Read"/> with the line and column of every name and value.</summary>
    public static Dictionary<string, LocatedList> ReadLocated(string text, string path, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, LocatedList>(StringComparer.Ordinal);
        var root = YamlReader.Read(FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return result;
        }
        if (root is not YMapping map)
        {
            diagnostics.Error(path, root.Line, root.Column, "expected 'name:' keys, each with a list of strings", DiagnosticCodes.InvalidImportList);
            return result;
        }
        foreach (var entry in map.Entries)
        {
            var list = new List<string>();
            var spans = new List<SourceSpan>();
            switch (entry.Value)
            {
                case YSequence seq:
                    foreach (var item in seq.Items)
                    {
                        if (item is YScalar { IsNull: false } s)
                        {
                            list.Add(s.Value);
                            spans.Add(new SourceSpan(s.Line, s.Column));
                        }
                        else if (item is not YScalar)
                        {
                            diagnostics.Error(path, item.Line, item.Column, $"'{entry.Key.Value}' must list plain strings", DiagnosticCodes.InvalidImportList);
                        }
                    }
                    break;
                case YScalar { IsNull: true }:
                    break;
                default:
                    diagnostics.Error(path, entry.Value.Line, entry.Value.Column, $"'{entry.Key.Value}' must be a list of strings", DiagnosticCodes.InvalidImportList);
                    break;
            }
            result[entry.Key.Value] = new LocatedList(new SourceSpan(entry.Key.Line, entry.Key.Column), list, spans);
        }
        return result;
    }
}
