using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// Reads <c>input/editions/*.md</c>. Edition files are few and small, so they are parsed on every build rather than
/// cached: an edited edition is then never shown stale.
/// </summary>
internal static class EditionLoader
{
    public const string Folder = "editions";

    public static List<EditionDefinition> Load(string root, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(root, Folder);
        var result = new List<EditionDefinition>();
        if (!Directory.Exists(dir))
        {
            return result;
        }
        var files = InputGuard.FilesInFolders(root, dir, ".md", diagnostics);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = DisplayPath.For(file);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                diagnostics.Error(display, 0, 0, "disappeared while the site was being built; build again", DiagnosticCodes.FileVanished);
                continue;
            }
            if (SourceText.Decode(bytes, display, diagnostics) is { } text && EditionParser.Parse(text, display, diagnostics) is { } edition)
            {
                result.Add(edition);
            }
        }
        return result;
    }
}
