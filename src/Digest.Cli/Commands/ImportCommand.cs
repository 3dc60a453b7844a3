using System.Globalization;
using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Web;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>digest import</c>: files (text dumps, saved pages), web addresses, a feed (<c>--feed</c>) and a list of
/// addresses (<c>--list</c>) into articles, one line per source and a summary at the end.
/// </summary>
public static class ImportCommand
{
    public static readonly CommandSpec Spec = new(
        "import",
        "[PATH|URL]...",
        "turn text dumps, saved pages, web pages and feeds into articles",
        [
            new("feed", "URL|FILE", "import the items of an RSS or Atom feed (each item's page, else the item's own content)"),
            new("limit", "N", "with --feed: look at the feed's first N items only", "all"),
            new("since", "DATE", "with --feed: only items published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated items are left out"),
            new("list", "FILE", "import the addresses in FILE, one per line; blank lines and lines starting with # are skipped"),
            new("timeout", "SECONDS", "give up on a page that has not arrived in full after this long", WebLimits.DefaultTimeoutSeconds.ToString(CultureInfo.InvariantCulture)),
            new("into", "DIR", "where the articles are written", "INPUT/articles"),
            BuildCommand.Input,
            OptionSpec.Flag("dry-run", "print what would be written, write nothing"),
            OptionSpec.Flag("force", "overwrite articles edited by hand or not written by digest import"),
        ],
        [
            "digest import saved/page.html dumps/",
            "digest import https://example.org/2024/05/article.html",
            "digest import --feed https://example.org/feed.xml --since 2024-05-01 --limit 20",
            "digest import --list bookmarks.txt --dry-run",
        ],
        Run)
    {
        Notes =
        [
            "",
            "A web page is imported as a saved page is and recorded by its source_url (the address after redirects);",
            "the same address again updates its article or leaves it unchanged. Feed items imported before are skipped.",
            "Web limits: http and https only, at most 5 redirects, 10 MB (also after decompression), HTML or text/plain,",
            "2 requests at a time per host. Each failure is one line; nothing is written for it.",
        ],
    };

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        var feed = cl.Value("feed");
        var list = cl.Value("list");
        if (feed is null && (cl.Has("limit") || cl.Has("since")))
        {
            throw new UsageException(DiagnosticCodes.ConflictingOptions, "--limit and --since go with --feed");
        }
        var limit = cl.IntValue("limit");
        if (limit is < 1)
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, $"--limit must be at least 1, not {limit}");
        }
        var since = Since(cl.Value("since"));
        if (feed is not null && !WebFetcher.LooksLikeAddress(feed) && !File.Exists(feed))
        {
            // Checked before anything is imported, so a mistyped feed leaves no half-done run behind.
            throw new UsageException(DiagnosticCodes.NoSuchPath, $"--feed '{feed}' is neither a web address nor a file");
        }
        var limits = new WebLimits { Timeout = Timeout(cl.Value("timeout")), UserAgent = WebLimits.DefaultUserAgent(Program.Version) };

        var paths = new List<string>();
        var web = new List<WebSource>();
        var refusedAddresses = new List<ImportOutcome>();
        foreach (var p in cl.Positionals)
        {
            if (WebFetcher.LooksLikeAddress(p))
            {
                AddAddress(p, p, web, refusedAddresses);
            }
            else
            {
                paths.Add(p);
            }
        }
        if (list is not null)
        {
            ReadList(list, web, refusedAddresses);
        }
        if (paths.Count == 0 && web.Count == 0 && refusedAddresses.Count == 0 && feed is null)
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, "import needs at least one PATH (a .txt or .html file, or a folder of them), URL, --feed or --list");
        }
        var files = ExpandFiles(paths, stderr);

        var options = new ImportOptions
        {
            InputDir = cl.Value("input") ?? "input",
            IntoDir = cl.Value("into"),
            DryRun = cl.Has("dry-run"),
            Force = cl.Has("force"),
        };
        var diagnostics = new DiagnosticBag();
        var importer = ArticleImporter.ForInput(options.InputDir, diagnostics);
        var summary = new ImportSummary();
        using var progress = ImportProgress.For(stderr);
        void Report(ImportOutcome o)
        {
            progress.Clear();
            if (options.DryRun && o.Markdown is not null)
            {
                stdout.WriteLine($"# {o.Target} <- {o.Source}");
                stdout.Write(o.Markdown);
                stdout.WriteLine();
            }
            (o.Status is ImportStatus.Refused or ImportStatus.Failed ? stderr : stdout).WriteLine(options.DryRun ? "dry run, nothing written: " + o.Line : o.Line);
            summary.Count(o);
            progress.Show(summary.Total, summary.Expected);
        }

        foreach (var o in refusedAddresses)
        {
            Report(o);
        }
        if (files.Count > 0)
        {
            summary.Expected += files.Count;
            foreach (var o in new ImportRun(importer, options).Run(files, diagnostics))
            {
                Report(o);
            }
        }
        using var fetcher = new WebFetcher(limits);
        if (feed is not null && !AddFeed(feed, limit, since, fetcher, web, stderr))
        {
            summary.Failed++;
        }
        if (web.Count > 0)
        {
            summary.Expected += web.Count;
            new WebImportRun(importer, options, fetcher).RunAsync(web, diagnostics, Report).GetAwaiter().GetResult();
        }
        progress.Clear();
        foreach (var d in diagnostics.Sorted())
        {
            stderr.WriteLine(d.ToString());
        }
        stdout.WriteLine((options.DryRun ? "dry run: " : string.Empty) + summary.Line());
        return summary.Refused + summary.Failed > 0 || diagnostics.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    private static List<string> ExpandFiles(List<string> paths, TextWriter stderr)
    {
        if (paths.Count == 0)
        {
            return [];
        }
        var missing = new List<string>();
        var skipped = new List<string>();
        var sources = ImportRun.ExpandSources(paths, missing, skipped);
        foreach (var s in skipped)
        {
            stderr.WriteLine("skipped " + s);
        }
        if (missing.Count > 0)
        {
            throw new UsageException(DiagnosticCodes.NoSuchPath, $"no such file or folder: {string.Join(", ", missing)}");
        }
        if (sources.Count == 0)
        {
            throw new UsageException(DiagnosticCodes.NothingToImport, "no .txt, .html or .htm files found in the given folders");
        }
        return sources;
    }

    private static void AddAddress(string address, string display, List<WebSource> web, List<ImportOutcome> refused)
    {
        if (WebFetcher.IsWebAddress(address))
        {
            web.Add(new WebSource(address));
        }
        else
        {
            refused.Add(new ImportOutcome(display, ImportStatus.Refused, null, "only http and https addresses are fetched", null));
        }
    }

    /// <summary>A bookmark export or hand-written list: one address a line, <c>#</c> comments and blank lines skipped.</summary>
    private static void ReadList(string path, List<WebSource> web, List<ImportOutcome> refused)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(DiagnosticCodes.NoSuchPath, $"no such file: {path}");
        }
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            AddAddress(line, $"{path}:{i + 1}: {line}", web, refused);
        }
    }

    /// <summary>Adds the selected items of a feed; false (with the reason on stderr) when the feed cannot be read.</summary>
    private static bool AddFeed(string feed, int? limit, DateTimeOffset? since, WebFetcher fetcher, List<WebSource> web, TextWriter stderr)
    {
        byte[] bytes;
        Uri? baseUrl = null;
        if (WebFetcher.LooksLikeAddress(feed))
        {
            var fetched = fetcher.FetchAsync(feed, ContentKind.Feed).GetAwaiter().GetResult();
            if (fetched.Page is not { } page)
            {
                stderr.WriteLine($"failed    {feed}: {fetched.Error}");
                return false;
            }
            bytes = page.Body;
            baseUrl = page.FinalUrl;
        }
        else
        {
            bytes = File.ReadAllBytes(feed);
        }
        var parsed = FeedReader.Read(bytes, baseUrl, out var error);
        if (parsed is null)
        {
            stderr.WriteLine($"failed    {feed}: {error}");
            return false;
        }
        foreach (var item in FeedSelection.Select(parsed, limit, since))
        {
            web.Add(new WebSource(item.Link, item, parsed.Title));
        }
        return true;
    }

    private static DateTimeOffset? Since(string? text)
    {
        if (text is null)
        {
            return null;
        }
        return ArticleDate.TryParse(text, out var date, out var problem)
            ? date.Start
            : throw new UsageException(DiagnosticCodes.InvalidValue, $"--since '{text}' is not a valid date: it {problem} (expected {ArticleDate.ExpectedForms})");
    }

    private static TimeSpan Timeout(string? text)
    {
        if (text is null)
        {
            return TimeSpan.FromSeconds(WebLimits.DefaultTimeoutSeconds);
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 3600
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException(DiagnosticCodes.InvalidValue, $"--timeout needs a number of seconds between 0 and 3600, not '{text}'");
    }
}
