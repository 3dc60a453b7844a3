using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Core.Yaml;

namespace Digest.Site.Checking;

/// <summary>
/// Finds where a top-level front matter field is written, for fields the article model keeps no position for.
/// </summary>
internal static class FrontMatterLocator
{
    /// <summary>The position of <paramref name="field"/>'s key in <paramref name="text"/>, or null when absent.</summary>
    public static SourceSpan? Find(string text, string field)
    {
        var scratch = new DiagnosticBag();
        var block = FrontMatterSplitter.Split(text, string.Empty, scratch);
        if (block is null || YamlReader.Read(block.Yaml, string.Empty, block.YamlLine - 1, scratch) is not YMapping map)
        {
            return null;
        }
        foreach (var entry in map.Entries)
        {
            if (entry.Key.Value == field)
            {
                return new SourceSpan(entry.Key.Line, entry.Key.Column);
            }
        }
        return null;
    }

    /// <summary>Reads the article's file again; null when it has gone away since loading.</summary>
    public static SourceSpan? FindInFile(string path, string field)
    {
        try
        {
            return Find(File.ReadAllText(path), field);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
