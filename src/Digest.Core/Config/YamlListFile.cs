using Digest.Core.Diagnostics;
using Digest.Core.Yaml;

namespace Digest.Core.Config;

/// <summary>Reads a data file that is a YAML list of maps (topics.yml, experts.yml), one entry at a time.</summary>
public static class YamlListFile
{
    /// <summary>
    /// Parses <paramref name="text"/> and calls <paramref name="readEntry"/> for each map in the list; entries it
    /// returns null for (after reporting why) are skipped. <paramref name="shape"/> describes an entry for errors.
    /// </summary>
    public static List<T> Read<T>(string text, string path, DiagnosticBag diagnostics, string fileName, string shape, Func<YMapping, YamlValues, T?> readEntry)
        where T : class
    {
        var result = new List<T>();
        var root = YamlReader.Read(FrontMatter.FrontMatterSplitter.Normalize(text), path, 0, diagnostics);
        if (root is null || root is YScalar { IsNull: true })
        {
            return result;
        }
        if (root is not YSequence seq)
        {
            diagnostics.Error(path, root.Line, root.Column, $"{fileName} must be a list, each entry '- {shape}'", DiagnosticCodes.ListFileNotList);
            return result;
        }
        var values = new YamlValues(path, diagnostics);
        foreach (var item in seq.Items)
        {
            if (item is not YMapping map)
            {
                values.Error(item, $"each entry must be a map: {shape}", DiagnosticCodes.ListEntryNotMap);
                continue;
            }
            if (readEntry(map, values) is { } entry)
            {
                result.Add(entry);
            }
        }
        return result;
    }
}
