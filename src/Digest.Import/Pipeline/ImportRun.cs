using Digest.Core.Paths;
using Digest.Import.Model;
using Digest.Core.Diagnostics;
using Digest.Import.Experts;
using Digest.Import.Writing;

namespace Digest.Import.Pipeline;

/// <summary>
/// Imports sources into article files: names them, refuses to overwrite hand edits or files it did not write
/// (unless forced), writes atomically, and adds new experts to <c>experts.yml</c>.
/// </summary>
public sealed class ImportRun(ArticleImporter importer, ImportOptions options)
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _bySource;

    /// <summary>
    /// Sources from the given paths: files as given, folders searched (recursively) for .txt/.html/.htm. In a folder,
    /// links to files outside it and linked folders are not followed; each is named in <paramref name="skipped"/>.
    /// </summary>
    public static List<string> ExpandSources(IEnumerable<string> paths, List<string> missing, List<string>? skipped = null)
    {
        var result = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var found = new List<string>();
                Walk(new DirectoryInfo(p), Path.GetFullPath(p), found, skipped);
                found.Sort(StringComparer.Ordinal);
                result.AddRange(found);
            }
            else if (File.Exists(p))
            {
                result.Add(p);
            }
            else
            {
                missing.Add(p);
            }
        }
        return result;
    }

    /// <summary>
    /// A source folder is what the user pointed at: a link out of it would import (and record) a file they did not
    /// mean, and a linked folder can loop.
    /// </summary>
    private static void Walk(DirectoryInfo dir, string root, List<string> found, List<string>? skipped)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is not null)
                {
                    skipped?.Add($"{sub.FullName}: a linked folder; links in a source folder are not followed");
                    continue;
                }
                Walk(sub, root, found, skipped);
                continue;
            }
            var f = entry.FullName;
            if (!Array.Exists(Extensions, e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || entry.Name.StartsWith('.'))
            {
                continue;
            }
            if (entry.LinkTarget is not null && (entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName is not { } target || !FolderPaths.IsInside(root, target)))
            {
                skipped?.Add($"{f}: a link to a file outside {root}; give it explicitly to import it");
                continue;
            }
            found.Add(f);
        }
    }

    public List<ImportOutcome> Run(IReadOnlyList<string> sources, DiagnosticBag diagnostics)
    {
        // Reading and analysing are independent per source and run on the thread pool (one worker per core); naming
        // and writing stay in order on this thread, each source as soon as its analysis is done, so the writing
        // overlaps the analysis of the sources after it instead of following all of it.
        var attempts = new Task<ImportAttempt>?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            attempts[i] = Task.Run(() => Read(source));
        }
        var outcomes = new List<ImportOutcome>();
        var experts = new List<ImportedExpert>();
        for (var i = 0; i < sources.Count; i++)
        {
            outcomes.Add(ImportOne(sources[i], attempts[i]!.GetAwaiter().GetResult(), experts));
            // The analysis is written: let it go while the rest are analysed.
            attempts[i] = null;
        }
        if (!options.DryRun && experts.Count > 0)
        {
            var path = Path.Combine(options.InputDir, "experts.yml");
            try
            {
                var added = ExpertsFile.Append(path, experts, diagnostics);
                if (added.Count > 0)
                {
                    outcomes.Add(new ImportOutcome(path, ImportStatus.Updated, null, $"added {added.Count} expert(s): {string.Join(", ", added.ConvertAll(static e => e.Name))}", null));
                }
            }
            catch (IOException ex)
            {
                diagnostics.Error(path, 0, 0, $"could not update experts: {ex.Message}", DiagnosticCodes.ExpertsNotUpdated);
            }
        }
        return outcomes;
    }

    private ImportAttempt Read(string source)
    {
        try
        {
            return importer.ImportBytes(File.ReadAllBytes(source), source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ImportAttempt(null, "cannot read: " + ex.Message, null);
        }
    }

    private ImportOutcome ImportOne(string source, ImportAttempt attempt, List<ImportedExpert> experts)
    {
        if (attempt.Article is not { } article)
        {
            return new ImportOutcome(source, ImportStatus.Refused, null, attempt.Error ?? "not an article", null);
        }
        var sourceFile = SourceFileValue(source);
        var markdown = FrontMatterWriter.Write(article, sourceFile, options.Today);
        var details = new List<string>();
        if (DraftNote.For(article) is { } draft)
        {
            details.Add(draft);
        }
        if (attempt.Note is not null)
        {
            details.Add(attempt.Note);
        }
        details.Add($"{article.Experts.Count} expert(s), topics: {(article.Topics.Count == 0 ? "none" : string.Join(", ", article.Topics))}");
        var detail = string.Join("; ", details);
        experts.AddRange(article.Experts);

        var stem = FileNamer.Stem(article.Date ?? options.Today, article.Title ?? FrontMatterWriter.PlaceholderTitle(article));
        var (target, existing) = ChooseTarget(stem, sourceFile);
        _claimed.Add(Path.GetFullPath(target));
        if (existing is not null)
        {
            var untouched = ImportHash.IsUntouched(existing.Text, out var hasHash);
            if (!untouched && !options.Force)
            {
                var why = hasHash ? "it was edited by hand since the last import" : "it was not written by digest import";
                return new ImportOutcome(source, ImportStatus.Refused, null, $"{target} exists and {why}; use --force to overwrite it", null);
            }
            if (existing.Text == markdown)
            {
                return new ImportOutcome(source, ImportStatus.Unchanged, target, detail, options.DryRun ? markdown : null);
            }
        }
        if (!options.DryRun)
        {
            try
            {
                AtomicFile.Write(target, markdown);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new ImportOutcome(source, ImportStatus.Refused, null, $"cannot write {target}: {ex.Message}", null);
            }
        }
        return new ImportOutcome(source, existing is null ? ImportStatus.Written : ImportStatus.Updated, target, detail, options.DryRun ? markdown : null);
    }

    /// <summary>The file this source goes to: the one it was imported to before, else the first free name.</summary>
    private (string Target, ExistingFile? Existing) ChooseTarget(string stem, string sourceFile)
    {
        var dir = options.ArticlesDir;
        if (BySource().TryGetValue(sourceFile, out var previous) && !_claimed.Contains(Path.GetFullPath(previous)))
        {
            return (previous, ExistingFile.Read(previous));
        }
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(dir, FileNamer.Candidate(stem, n));
            if (_claimed.Contains(Path.GetFullPath(candidate)))
            {
                continue;
            }
            if (!File.Exists(candidate))
            {
                return (candidate, null);
            }
            var existing = ExistingFile.Read(candidate);
            if (existing.SourceFile == sourceFile)
            {
                return (candidate, existing);
            }
            // Another article (hand-written or from another source) has this name: take the next one.
        }
    }

    /// <summary>Existing articles by the source they were imported from.</summary>
    private Dictionary<string, string> BySource()
    {
        if (_bySource is not null)
        {
            return _bySource;
        }
        _bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(options.ArticlesDir))
        {
            var files = Directory.GetFiles(options.ArticlesDir, "*.md");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
            {
                try
                {
                    if (ExistingFile.Read(f).SourceFile is { } s)
                    {
                        _bySource.TryAdd(s, f);
                    }
                }
                catch (IOException)
                {
                    // An unreadable article is not ours to judge here.
                }
            }
        }
        return _bySource;
    }

    /// <summary>The <c>source_file</c> recorded: relative to the project folder (the input folder's parent) when inside it, else absolute.</summary>
    private string SourceFileValue(string source)
    {
        var full = Path.GetFullPath(source);
        var root = Path.GetFullPath(Path.Combine(options.InputDir, ".."));
        var relative = Path.GetRelativePath(root, full);
        var value = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return value.Replace('\\', '/');
    }
}
