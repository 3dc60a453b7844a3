using Digest.Cli.Help;
using Digest.Cli.Init;
using Digest.Core.Diagnostics;
using Digest.Site.Loading;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>digest init [DIR]</c>: a ready site (settings, vocabulary, expert directory, an example article, .gitignore
/// and a GitHub Pages workflow) that builds at once. A non-empty folder is refused unless <c>--force</c>, and even
/// then no existing file is overwritten.
/// </summary>
public static class InitCommand
{
    public static readonly CommandSpec Spec = new(
        "init",
        "[DIR]",
        "start a new digest in DIR: settings, topics, experts, an example article and a publishing workflow",
        [
            new("title", "TEXT", "the site's title", "the folder's name"),
            new("language", "de|en", "the language of the interface and of dates", "en"),
            OptionSpec.Flag("force", "also initialise a folder that is not empty (existing files are still kept as they are)"),
        ],
        ["digest init my-digest --title \"Energy Briefing\" --language en", "cd my-digest && digest build"],
        Run)
    {
        Notes =
        [
            "",
            "DIR (default: the current folder) gets input/site.yml, input/topics.yml, input/experts.yml,",
            "input/articles/<date>-welcome.md, .gitignore and .github/workflows/digest.yml.",
        ],
    };

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        if (cl.Positionals.Count > 1)
        {
            throw new UsageException(DiagnosticCodes.UnexpectedArgument, $"init takes one folder, not '{cl.Positionals[1]}' as well");
        }
        var folder = Path.GetFullPath(cl.Positionals.Count == 1 ? cl.Positionals[0] : ".");
        var language = (cl.Value("language") ?? "en").Trim().ToLowerInvariant();
        if (language is not ("de" or "en"))
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, $"--language must be de or en, not '{language}'");
        }
        var title = (cl.Value("title") ?? Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar))).Trim();
        if (title.Length == 0 || title.Any(char.IsControl))
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, "--title needs a one-line text");
        }
        if (File.Exists(folder))
        {
            throw new UsageException(DiagnosticCodes.FolderNotEmpty, $"{DisplayPath.For(folder)} is a file, not a folder");
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !cl.Has("force"))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.FolderNotEmpty, $"{DisplayPath.For(folder)} is not empty; use --force to add the missing files (existing files are kept)").ToString());
            return ExitCodes.UsageError;
        }

        var values = new SiteValues(title, language, DateOnly.FromDateTime(DateTime.Today), Program.Version);
        var created = 0;
        foreach (var (relative, text) in SiteTemplate.Files(values))
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // CreateNew makes "exists?" and "create" one step: a file that is there is never replaced.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(text);
            }
            catch (IOException) when (File.Exists(path) || Directory.Exists(path))
            {
                stdout.WriteLine($"kept      {relative} (already there)");
                continue;
            }
            stdout.WriteLine($"created   {relative}");
            created++;
        }
        var cd = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        stdout.WriteLine($"initialised {DisplayPath.For(folder)} ({created} file(s) created). Next:");
        if (cd != ".")
        {
            stdout.WriteLine($"  cd {(cd.Contains(' ') ? "\"" + cd + "\"" : cd)}");
        }
        stdout.WriteLine("  digest build     (or digest serve for a live preview)");
        return ExitCodes.Ok;
    }
}
