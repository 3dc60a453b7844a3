using Digest.Core.Diagnostics;
using Digest.Site.Output;
using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.EndToEnd;

public class BuildBehaviourTests
{
    private static FixtureSite TwoArticles() => new FixtureSite()
        .Article("2024-01-01-a", "Erster Artikel", "2024-01-01", "topics: [russland]\nsummary: Eins.")
        .Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: russland, energie\nexperts: [Eva Ek]");

    [Fact]
    public void A_title_with_markup_is_shown_as_text()
    {
        using var site = new FixtureSite().Article("x", "<script>alert('x')</script> & <b>Fett</b>", "2024-01-01");
        Assert.True(site.Build().Success);
        foreach (var path in new[] { "index.html", "articles/script-alert-x-script-b-fett-b/index.html", "archive/index.html" })
        {
            var doc = Html.Parse(site.ReadOutput(path));
            Assert.Empty(doc.QuerySelectorAll("script"));
            Assert.Empty(doc.QuerySelectorAll("main b"));
            Assert.Contains("<script>alert('x')</script> & <b>Fett</b>", doc.QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public void Drafts_and_future_articles_are_built_when_flagged()
    {
        using var site = new FixtureSite()
            .Article("now", "Heute", "2025-01-01")
            .Article("draft", "Entwurf", "2025-01-02", "draft: true")
            .Article("future", "Morgen", "2030-01-01");
        Assert.Equal(1, site.Build().Articles);
        Assert.False(site.OutputExists("articles/entwurf/index.html"));
        Assert.Equal(3, site.Build(drafts: true, future: true).Articles);
        Assert.True(site.OutputExists("articles/entwurf/index.html"));
        Assert.True(site.OutputExists("articles/morgen/index.html"));
        // Back without the flags: the pages written for them are removed again.
        Assert.Equal(1, site.Build().Articles);
        Assert.False(site.OutputExists("articles/morgen/index.html"));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TwoArticles();
        Assert.True(site.Build().Success);
        var before = Snapshot(site.Output);
        site.Article("2024-03-01-c", "Kaputt", "2022-13-01");
        var result = site.Build();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("2024-03-01-c.md", error.Path);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Equal(before, Snapshot(site.Output));
    }

    [Fact]
    public void A_build_that_fails_while_rendering_takes_back_every_file_and_folder_it_staged()
    {
        using var site = TwoArticles();
        Assert.True(site.Build().Success);
        var before = Snapshot(site.Output);
        var folders = Folders(site.Output);
        // The new article changes the home page, the topic pages and the feeds before the article template fails.
        site.Article("2024-03-01-c", "Dritter Artikel", "2024-03-01", "topics: [russland]")
            .File("_theme/layouts/article.liquid", "<h1>{{ article.title }}</h1>{{ 1 | divided_by: 0 }}");
        var result = site.Build();
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path.EndsWith("article.liquid", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(folders, Folders(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", "dritter-artikel")));
    }

    [Fact]
    public void A_first_build_that_fails_while_rendering_leaves_no_output_folder()
    {
        using var site = TwoArticles().File("_theme/layouts/article.liquid", "{{ 1 | divided_by: 0 }}");
        Assert.False(site.Build().Success);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void All_errors_are_reported_in_one_run()
    {
        using var site = TwoArticles()
            .Article("bad1", "X", "2022-13-01")
            .File("articles/bad2.md", "---\ntitle: Y\n---\n")
            .File("articles/bad3.md", "no front matter");
        var result = site.Build();
        Assert.Equal(3, result.Diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void Two_builds_are_byte_identical_and_a_second_build_rewrites_nothing()
    {
        using var site = TwoArticles();
        using var other = new TempFolder();
        Assert.True(site.Build().Success);
        var first = Snapshot(site.Output);
        var times = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);
        var again = site.Build();
        Assert.Equal(0, again.Written);
        Assert.Equal(again.Files, again.Unchanged);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));

        var elsewhere = SiteBuilder.Build(site.Options() with { OutputDir = other.Combine("out") });
        Assert.True(elsewhere.Success);
        Assert.Equal(first, Snapshot(other.Combine("out")));
    }

    [Fact]
    public void Only_changed_files_are_rewritten_and_files_it_did_not_write_are_kept()
    {
        using var site = TwoArticles();
        Assert.True(site.Build().Success);
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "digest.example.org");
        site.Article("2024-02-01-b", "Zweiter Artikel", "2024-02-01", "topics: russland, energie\nexperts: [Eva Ek]", "Neuer Text.");
        var result = site.Build();
        Assert.True(result.Success);
        // The article page plus the listings that show its excerpt (home, two topics, the expert), the feeds
        // that carry it (digest, two topics, the expert; Atom and JSON) and the search files it changes
        // (page and meta, which name the index version, and the chunks holding its old and new terms and details).
        Assert.Equal(17, result.Written);
        Assert.True(result.Unchanged > 0);
        Assert.True(File.Exists(Path.Combine(site.Output, "CNAME")));
        Assert.Contains("Neuer Text.", site.ReadOutput("articles/zweiter-artikel/index.html"));
    }

    [Fact]
    public void Refuses_to_write_into_a_folder_it_did_not_create()
    {
        using var site = TwoArticles();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "notes.txt"), "mine");
        var result = site.Build();
        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.OutputNotDigest, result.Refusal?.Code);
        Assert.StartsWith("digest: error DG5009: the output folder", result.Refusal?.ToString());
        Assert.Contains("not written by digest", result.Refusal?.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Output, "notes.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(site.Output));
    }

    [Fact]
    public void Refuses_output_folders_that_overlap_the_input_or_theme()
    {
        using var site = TwoArticles();
        foreach (var (output, code) in new[]
                 {
                     (site.Input, DiagnosticCodes.OutputIsSource),
                     (Path.Combine(site.Input, "out"), DiagnosticCodes.OutputInsideSource),
                     (Path.GetDirectoryName(site.Input)!, DiagnosticCodes.OutputContainsSource),
                     (Path.Combine(RepoPaths.Theme, "x"), DiagnosticCodes.OutputInsideSource),
                     ("/", DiagnosticCodes.OutputIsRoot),
                 })
        {
            var result = SiteBuilder.Build(site.Options() with { OutputDir = output });
            Assert.False(result.Success);
            Assert.Equal(code, result.Refusal?.Code);
            Assert.StartsWith($"digest: error {code.Id}: ", result.Refusal!.ToString());
        }
        Assert.False(File.Exists(Path.Combine(site.Input, "index.html")));
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_repaired()
    {
        using var site = TwoArticles();
        Assert.True(site.Build().Success);
        var page = Path.Combine(site.Output, "index.html");
        var good = File.ReadAllBytes(page);
        File.WriteAllText(page, "<html>half");
        File.WriteAllText(page + OutputFolder.TempSuffix, "partial");
        File.WriteAllBytes(Path.Combine(site.Output, OutputFolder.StagingMarkerName), []);
        Assert.True(site.Build().Success);
        Assert.Equal(good, File.ReadAllBytes(page));
        Assert.False(File.Exists(page + OutputFolder.TempSuffix));
    }

    [Fact]
    public void A_site_theme_overrides_the_default_file_by_file_and_sees_unknown_fields()
    {
        using var site = TwoArticles()
            .Article("2024-03-01-r", "Regional", "2024-03-01", "region: Ostasien")
            .File("_theme/layouts/partials/tags.liquid", "<p class=\"custom-tags\">{{ card.topics.size }}</p>")
            .File("_theme/layouts/article.liquid", "<article><h1>{{ article.title }}</h1><p class=\"region\">{{ article.extra.region }}</p></article>");
        Assert.True(site.Build().Success);
        Assert.Equal("Ostasien", Html.Parse(site.ReadOutput("articles/regional/index.html")).QuerySelector(".region")!.TextContent);
        Assert.NotNull(Html.Parse(site.ReadOutput("index.html")).QuerySelector(".custom-tags"));
        // Files not overridden still come from the default theme.
        Assert.True(site.OutputExists("assets/style.css"));
    }

    [Fact]
    public void Template_errors_name_the_template_file_and_line()
    {
        using var site = TwoArticles().File("_theme/layouts/topics.liquid", "<h1>ok</h1>\n{% if %}\n");
        var result = site.Build();
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("_theme/layouts/topics.liquid", error.Path);
        Assert.Equal(2, error.Line);
    }

    private static List<string> Folders(string folder)
    {
        var list = Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(folder, d)).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }
        return result;
    }
}
