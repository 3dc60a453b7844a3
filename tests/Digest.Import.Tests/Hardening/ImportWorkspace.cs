using Digest.TestSupport;
using System.Text;
using Digest.Cli;
using Digest.Site;

namespace Digest.Import.Tests.Hardening;

/// <summary>
/// A temporary project folder (<c>input/</c>, <c>sources/</c>, <c>output/</c>) for running <c>digest import</c>
/// the way a user does, then building the result with the repository's theme.
/// </summary>
internal sealed class ImportWorkspace : IDisposable
{
    public ImportWorkspace()
    {
        Root = TestPaths.TempDir();
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Sources);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Articles => Path.Combine(Input, "articles");

    public string Sources => Path.Combine(Root, "sources");

    public string Output => Path.Combine(Root, "output");

    public string Source(string name, string text) => Source(name, new UTF8Encoding(false).GetBytes(text));

    public string Source(string name, byte[] bytes)
    {
        var path = Path.Combine(Sources, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs <c>digest import</c> with <c>--input</c> set to this workspace's input folder.</summary>
    public (int Exit, string Out, string Err) Import(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(["import", .. args, "--input", Input], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every file below the root, as root-relative paths with their content (for "what changed" checks).</summary>
    public Dictionary<string, string> Snapshot(string? under = null)
    {
        var folder = under ?? Root;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return result;
        }
        foreach (var f in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            result[Path.GetRelativePath(folder, f)] = new FileInfo(f).LinkTarget is null ? File.ReadAllText(f) : "-> " + new FileInfo(f).LinkTarget;
        }
        return result;
    }

    /// <summary>Temporary or partial files left beside the articles (there must be none after any run).</summary>
    public static List<string> Leftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var found = new List<string>();
        foreach (var f in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var name = Path.GetFileName(f);
            if (name.StartsWith('.') || !name.EndsWith(".md", StringComparison.Ordinal))
            {
                found.Add(name);
            }
        }
        return found;
    }

    /// <summary>Builds the input folder (drafts included: imported drafts are what a user reviews) with the repository's theme.</summary>
    public BuildResult Build() => SiteBuilder.Build(new BuildOptions
    {
        InputDir = Input,
        OutputDir = Output,
        DefaultThemeDir = RepoPaths.Theme,
        IncludeDrafts = true,
        IncludeFuture = true,
        Now = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero),
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
