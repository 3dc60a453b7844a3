using Digest.TestSupport;
using System.Text.RegularExpressions;

namespace Digest.Site.Tests.Architecture;

/// <summary>
/// The build's phases depend on each other in one direction only: Loading → Indexing → Rendering → Output. A phase may use
/// the phases before it, never one after it, and never the side folders: Caching (which implements the memos the phases
/// declare), Serving (<c>digest serve</c>'s in-memory site) and Checking (<c>digest check</c>'s extra rules) may use every
/// phase, and the phases know nothing of them. Read from the source: every <c>using</c> of a Digest.Site namespace and every
/// name written out with its namespace.
/// </summary>
public sealed partial class PhaseDirectionTests
{
    private static readonly string[] Phases = ["Loading", "Indexing", "Rendering", "Output"];

    private static readonly string[] SideFolders = ["Caching", "Serving", "Checking"];

    private static string SiteSource => Path.Combine(RepoPaths.Root, "src", "Digest.Site");

    [Fact]
    public void No_phase_uses_a_later_phase_or_a_side_folder()
    {
        var wrong = new List<string>();
        for (var rank = 0; rank < Phases.Length; rank++)
        {
            var folder = Path.Combine(SiteSource, Phases[rank]);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                foreach (var (line, target) in References(file))
                {
                    var targetRank = Array.IndexOf(Phases, target);
                    if (targetRank > rank || SideFolders.Contains(target))
                    {
                        wrong.Add($"{Path.GetRelativePath(SiteSource, file)}:{line} uses {target}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "imports against Loading → Indexing → Rendering → Output:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_folder_of_the_site_library_is_a_phase_or_a_side_folder()
    {
        var folders = Directory.GetDirectories(SiteSource).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).Order(StringComparer.Ordinal);

        Assert.Equal(Phases.Concat(SideFolders).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void The_check_sees_a_wrong_import()
    {
        var file = Path.Combine(Path.GetTempPath(), $"digest-direction-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, "using Digest.Site.Caching;\nnamespace Digest.Site.Loading;\n// Digest.Site.Output.Ignored in a comment\nclass A { Output.OutputSet? B; }\n");
        try
        {
            Assert.Equal([(1, "Caching"), (4, "Output")], References(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The Digest.Site folders a file refers to, by line: its usings and the names it writes with their namespace.</summary>
    private static List<(int Line, string Folder)> References(string file)
    {
        var result = new List<(int, string)>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart();
            if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("namespace ", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (Match m in Reference().Matches(text))
            {
                result.Add((i + 1, m.Groups["folder"].Value));
            }
        }
        return result;
    }

    // "using Digest.Site.X", "Digest.Site.X.Name", "global::Digest.Site.X.Name", or "X.Name" where X is a folder of the
    // library (inside namespace Digest.Site, a folder's namespace can be written without the prefix).
    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?:Digest\.Site\.)?(?<folder>Loading|Indexing|Rendering|Output|Caching|Serving|Checking)(?:\.[A-Z]|;)")]
    private static partial Regex Reference();
}
