using System.Text;
using Digest.Site.Serving;
using Digest.TestSupport;

namespace Digest.Site.Tests.Serving;

/// <summary>
/// The version <c>digest serve</c> shows before the first full build of a large site: made from front matter, bodies
/// rendered as pages ask for them. What it serves must be what the full build then serves, byte for byte.
/// </summary>
public sealed class EarlyVersionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-early-" + Guid.NewGuid().ToString("N"));

    private string Input => Path.Combine(_root, "input");

    public EarlyVersionTests()
    {
        Copy(RepoPaths.SampleInput, Input);
        var articles = Path.Combine(Input, "articles");
        // A long body (the front matter is read from the file's start only), no summary (cards take an excerpt of the
        // body), links to another article's anchor and to an image.
        var paragraphs = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            paragraphs.Append("Ein erfundener Absatz Nummer ").Append(i).Append(" über Netze, Speicher und Preise.\n\n");
        }
        var target = Path.GetFileName(Directory.GetFiles(articles, "*.md")[0]);
        File.WriteAllText(Path.Combine(articles, "2025-06-01-lang.md"),
            "---\ntitle: \"Ein langer Text\"\ndate: 2025-06-01\ntopics: [energie]\n---\n\n## Anfang\n\n" + paragraphs
            + $"Siehe [dort]({target}), [den zweiten Teil](2025-06-02-crlf.md#zweiter-teil) und [den Anfang](#anfang).\n");
        // Windows line endings and a byte order mark.
        File.WriteAllText(Path.Combine(articles, "2025-06-02-crlf.md"),
            "\uFEFF---\r\ntitle: \"Zeilenenden\"\r\ndate: 2025-06-02\r\nsummary: \"Mit CR LF.\"\r\n---\r\n\r\nErster Absatz.\r\n\r\n## Zweiter Teil\r\n\r\n" + paragraphs.ToString().Replace("\n", "\r\n"));
        // Front matter longer than the start that is read first: the whole file is read.
        var longSummary = string.Join(' ', Enumerable.Repeat("Sehr lange Zusammenfassung.", 400));
        File.WriteAllText(Path.Combine(articles, "2025-06-03-vorspann.md"),
            $"---\ntitle: \"Langer Vorspann\"\ndate: 2025-06-03\nsummary: \"{longSummary}\"\n---\n\nKurzer Text.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BuildOptions Options() => new()
    {
        InputDir = Input,
        OutputDir = Path.Combine(_root, "output"),
        DefaultThemeDir = RepoPaths.Theme,
        Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Every_file_of_the_early_version_is_the_full_builds_and_the_home_page_renders_few_bodies()
    {
        using var site = new LiveSite(Options(), earlyFrom: 1);
        var reports = new List<RebuildReport>();
        site.SiteRebuilt += reports.Add;

        Assert.True(site.ServeEarly());
        var early = site.Current.Site!;
        var home = Encoding.UTF8.GetString(early.Get("index.html")!);
        var bodies = (BodiesOnDemand)early.Prepared.Bodies;
        Assert.InRange(bodies.Rendered, 0, bodies.Count - 1);
        Assert.False(site.Rebuild());
        var full = site.Current.Site!;

        Assert.Equal([true, false], reports.ConvertAll(r => r.Early));
        Assert.Equal([1, 2], reports.ConvertAll(r => r.Version));
        Assert.Contains("Ein langer Text", home);
        Assert.Equal(full.Pages, early.Pages);
        // Every file a build writes, compared between the two versions (the pages asked for first included).
        var built = SiteBuilder.Build(Options());
        Assert.True(built.Success);
        var output = Path.Combine(_root, "output");
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(output, file).Replace('\\', '/');
            var fromFull = full.Get(path);
            if (fromFull is null)
            {
                continue;
            }
            Assert.True(fromFull.AsSpan().SequenceEqual(early.Get(path)), path + " differs between the early and the full version");
            compared++;
        }
        Assert.Equal(home, Encoding.UTF8.GetString(full.Get("index.html")!));
        Assert.True(compared > full.Pages, $"only {compared} files compared");
        Assert.Contains("Sehr lange Zusammenfassung.", Encoding.UTF8.GetString(early.Get(PageOf(full, "Langer Vorspann"))!));
    }

    [Fact]
    public void A_small_site_or_one_with_errors_is_not_served_early()
    {
        using (var small = new LiveSite(Options()))
        {
            Assert.False(small.ServeEarly());
            Assert.Null(small.Current.Site);
        }
        File.WriteAllText(Path.Combine(Input, "articles", "2025-07-01-kaputt.md"), "---\ntitle: \"Ohne Datum\"\n---\nText.\n");
        using var broken = new LiveSite(Options(), earlyFrom: 1);
        Assert.False(broken.ServeEarly());
        Assert.Null(broken.Current.Site);
    }

    [Fact]
    public void A_site_with_a_build_cache_on_disk_is_built_fully_at_once()
    {
        var cached = Options() with { UseCache = true, CacheDir = Path.Combine(_root, "cache") };
        using (var first = new LiveSite(cached, earlyFrom: 1))
        {
            Assert.True(first.ServeEarly());
            first.Rebuild();
        }
        using var second = new LiveSite(cached, earlyFrom: 1);
        Assert.False(second.ServeEarly());
        Assert.False(second.Rebuild());
        Assert.NotNull(second.Current.Site);
    }

    [Fact]
    public void A_full_build_that_fails_on_a_body_withdraws_the_early_version()
    {
        File.WriteAllText(Path.Combine(Input, "articles", "2025-07-01-link.md"), "---\ntitle: \"Falscher Link\"\ndate: 2025-07-01\n---\nSiehe [dort](gibt-es-nicht.md).\n");
        using var site = new LiveSite(Options(), earlyFrom: 1);
        var failures = new List<RebuildFailure>();
        site.SiteRebuildFailed += failures.Add;

        Assert.True(site.ServeEarly());
        site.Rebuild();

        var failure = Assert.Single(failures);
        Assert.False(failure.StillServing);
        Assert.Contains(failure.Problems.Errors, d => d.Message.Contains("gibt-es-nicht.md", StringComparison.Ordinal));
        Assert.Null(site.Current.Site);
    }

    [Fact]
    public void An_edit_during_the_early_version_waits_for_the_full_build_and_then_shows()
    {
        using var site = new LiveSite(Options(), earlyFrom: 1);
        Assert.True(site.ServeEarly());
        var file = Path.Combine(Input, "articles", "2025-06-01-lang.md");
        File.AppendAllText(file, "\nEin frisch angehängter Satz.\n");

        Assert.False(site.ShowEdit(file));
        site.Rebuild();

        var page = PageOf(site.Current.Site!, "Ein langer Text");
        Assert.Contains("Ein frisch angehängter Satz.", Encoding.UTF8.GetString(site.Current.Site!.Get(page)!));
    }

    private static string PageOf(LazySite site, string title)
    {
        foreach (var entry in site.Prepared.Index.Articles)
        {
            if (entry.Article.Title == title)
            {
                return entry.OutputPath;
            }
        }
        throw new InvalidOperationException(title + " is not an article of the site");
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
