using Digest.Site.Loading;
using Digest.Site.Output;

namespace Digest.Site.Caching;

/// <summary>
/// Tells, before anything is loaded, whether a build would only confirm the last one: same context (tool build, theme,
/// settings, options), the input folder holding the same files with the same lengths and times, "now" in the same window
/// of dates, and every file the last build left in the same output folder still as it was written (length and time).
/// Then the build has nothing to do and reports what the last one did (<see cref="Record"/>). Otherwise the record is
/// removed at once — a build that fails or is stopped must leave none behind that no longer fits — and this build's
/// snapshot of the input, taken now, before anything is read, is what its own record will hold.
/// </summary>
internal sealed class UnchangedBuild
{
    private readonly string _file;
    private readonly string _context;
    private readonly string _outputDir;
    private readonly InputSnapshot? _inputs;

    private UnchangedBuild(string file, string context, string outputDir, InputSnapshot? inputs, BuildRecord? record)
    {
        _file = file;
        _context = context;
        _outputDir = outputDir;
        _inputs = inputs;
        Record = record;
    }

    /// <summary>The last build's record when it still holds: this build has nothing to do.</summary>
    public BuildRecord? Record { get; }

    /// <summary>
    /// The input folder as this check listed it (null when it could not be vouched for, or nothing is to be built): loading
    /// takes its files and their lengths and times from here instead of listing the folder and reading every status again.
    /// </summary>
    public InputSnapshot? Inputs => Record is null ? _inputs : null;

    /// <summary>The check for a build with <paramref name="options"/>; null when caching is off or the build writes nothing.</summary>
    public static UnchangedBuild? Check(BuildOptions options, IReadOnlyList<string> layers)
    {
        if (options.DryRun || CacheContext.FileFor(options) is not { } cacheFile)
        {
            return null;
        }
        var context = CacheContext.Compute(options, layers);
        var file = BuildRecord.FileBeside(cacheFile);
        var output = Path.GetFullPath(options.OutputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (BuildRecord.Read(file, context) is not { } record)
        {
            TryDelete(file);
            return new UnchangedBuild(file, context, output, InputSnapshot.Take(options.InputDir), null);
        }
        // The input first: an edited article is the usual change, and the folder's listing is then this build's snapshot.
        if (!record.Inputs.StillHolds(options.InputDir, out var now))
        {
            TryDelete(file);
            return new UnchangedBuild(file, context, output, now, null);
        }
        if (Holds(record, options, output))
        {
            return new UnchangedBuild(file, context, output, null, record);
        }
        TryDelete(file);
        return new UnchangedBuild(file, context, output, InputSnapshot.Take(options.InputDir), null);
    }

    /// <summary>
    /// Writes this build's record after its output was committed: <paramref name="content"/> as loaded, what it reported,
    /// and the files of <paramref name="output"/>. Nothing is written when the input could not be vouched for or a file's
    /// time is unknown; failing to write only costs the next build time.
    /// </summary>
    public void Save(BuildOptions options, SiteContent content, BuildResult result, OutputSet output, IReadOnlyList<string> cacheFiles)
    {
        if (_inputs is null || Record is not null || !result.Success || result.Cache is not { SaveProblem: null } cache)
        {
            return;
        }
        var staged = output.StagedFiles();
        var outputs = new List<FileStamp>(staged.Count + 1);
        foreach (var (path, file) in staged)
        {
            if (file.Stamp == 0)
            {
                return;
            }
            outputs.Add(new FileStamp(path, file.Length, file.Stamp, null));
        }
        var manifest = new FileInfo(Path.Combine(_outputDir, OutputFolder.ManifestName));
        if (!manifest.Exists)
        {
            return;
        }
        outputs.Add(new FileStamp(OutputFolder.ManifestName, manifest.Length, manifest.LastWriteTimeUtc.Ticks, null));
        var (latest, earliest) = DateWindow(options, content);
        var record = new BuildRecord
        {
            OutputDir = _outputDir,
            TimeZone = BuildRecord.CurrentTimeZone(),
            LatestShown = latest,
            EarliestHidden = earliest,
            Articles = result.Articles,
            Loaded = cache.Reused + cache.Parsed,
            Files = result.Files,
            Pages = cache.PagesReused + cache.PagesRendered,
            Diagnostics = result.Diagnostics,
            Inputs = _inputs,
            Outputs = outputs,
            Caches = CacheStamps(cacheFiles),
        };
        CheckedCacheFile.WriteAtomically(_file, record.Serialize(_context));
    }

    /// <summary>What a build that found nothing to do reports: the last build's diagnostics and counts, every file unchanged.</summary>
    public BuildResult Result(string cacheFile)
    {
        var record = Record ?? throw new InvalidOperationException("the last build's record does not hold");
        return new BuildResult
        {
            Diagnostics = record.Diagnostics,
            Success = true,
            Articles = record.Articles,
            Files = record.Files,
            Unchanged = record.Files,
            Cache = new CacheReport(cacheFile, record.Loaded, 0, null, null, record.Pages, 0),
        };
    }

    private static List<FileStamp> CacheStamps(IReadOnlyList<string> files)
    {
        var stamps = new List<FileStamp>(files.Count);
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            stamps.Add(info.Exists ? new FileStamp(file, info.Length, info.LastWriteTimeUtc.Ticks, null) : new FileStamp(file, -1, 0, null));
        }
        return stamps;
    }

    /// <summary>Everything but the input folder (checked first, by the caller) as the record has it.</summary>
    private static bool Holds(BuildRecord record, BuildOptions options, string output)
    {
        var now = options.Now.UtcTicks;
        if (record.OutputDir != output || record.TimeZone != BuildRecord.CurrentTimeZone() || now < record.LatestShown || now >= record.EarliestHidden
            || File.Exists(Path.Combine(output, OutputFolder.StagingMarkerName)))
        {
            return false;
        }
        // One status call per output file (145,000 at 100,000 articles): spread over the cores, the first mismatch stops the rest.
        var outputs = record.Outputs;
        var held = Parallel.For(0, outputs.Count, (i, loop) =>
        {
            var file = outputs[i];
            var info = new FileInfo(Path.Combine(output, file.Path));
            if (!info.Exists || info.Length != file.Length || info.LastWriteTimeUtc.Ticks != file.Stamp)
            {
                loop.Stop();
            }
        });
        if (!held.IsCompleted)
        {
            return false;
        }
        var caches = new List<string>(record.Caches.Count);
        foreach (var file in record.Caches)
        {
            caches.Add(file.Path);
        }
        // A cache file that changed, appeared or went (damaged, deleted) is set right by a build.
        var current = CacheStamps(caches);
        for (var i = 0; i < current.Count; i++)
        {
            if (current[i].Length != record.Caches[i].Length || current[i].Stamp != record.Caches[i].Stamp)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The dates around this build's "now" at which another build would show another set of articles or editions: the
    /// latest one shown and the earliest one left out for lying in the future (none when future ones are shown).
    /// </summary>
    private static (long Latest, long Earliest) DateWindow(BuildOptions options, SiteContent content)
    {
        var now = options.Now.UtcTicks;
        var (latest, earliest) = (long.MinValue, long.MaxValue);
        if (options.IncludeFuture)
        {
            return (latest, earliest);
        }
        void See(long date)
        {
            if (date <= now)
            {
                latest = Math.Max(latest, date);
            }
            else
            {
                earliest = Math.Min(earliest, date);
            }
        }
        foreach (var article in content.Articles)
        {
            See(article.Date.Start.UtcTicks);
        }
        foreach (var edition in content.Editions)
        {
            See(edition.Date.Start.UtcTicks);
        }
        return (latest, earliest);
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A record that cannot be removed is still checked against the output and input next time.
        }
    }
}
