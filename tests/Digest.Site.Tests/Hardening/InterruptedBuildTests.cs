using Digest.Site.Output;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>Whatever an interrupted build left behind, the next build brings output/ back to exactly what a clean build writes.</summary>
public class InterruptedBuildTests
{
    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static FixtureSite Site() => new FixtureSite()
        .Article("a", "Erster", "2024-01-01", "topics: [energie]")
        .Article("b", "Zweiter", "2024-02-01", "topics: [energie]");

    [Fact]
    public void Half_written_missing_and_temporary_files_are_repaired()
    {
        using var site = Site();
        Assert.True(site.Build().Success);
        var clean = Snapshot(site.Output);
        var article = Path.Combine(site.Output, "articles", "erster", "index.html");
        File.WriteAllBytes(article, File.ReadAllBytes(article)[..100]);
        File.Delete(Path.Combine(site.Output, "archive", "index.html"));
        File.WriteAllText(Path.Combine(site.Output, "articles", "zweiter", "index.html" + OutputFolder.TempSuffix), "<html>halb");
        File.WriteAllText(Path.Combine(site.Output, "new-page.html" + OutputFolder.TempSuffix), "<html>halb");
        // Every build marks the folder while it stages; a killed one leaves the mark behind.
        File.WriteAllBytes(Path.Combine(site.Output, OutputFolder.StagingMarkerName), []);
        Assert.True(site.Build().Success);
        Assert.Equal(clean, Snapshot(site.Output));
    }

    [Fact]
    public void A_killed_first_build_does_not_make_the_next_refuse_the_folder()
    {
        using var site = Site();
        // Killed before its first commit: staged files and the mark, but no manifest yet.
        Directory.CreateDirectory(Path.Combine(site.Output, "articles", "erster"));
        File.WriteAllText(Path.Combine(site.Output, "articles", "erster", "index.html" + OutputFolder.TempSuffix), "<html>halb");
        File.WriteAllBytes(Path.Combine(site.Output, OutputFolder.StagingMarkerName), []);

        var result = site.Build();

        Assert.True(result.Success, result.Refusal?.ToString());
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
            f => f.EndsWith(OutputFolder.TempSuffix, StringComparison.Ordinal) || Path.GetFileName(f) == OutputFolder.StagingMarkerName);
        Assert.Contains("Erster", File.ReadAllText(Path.Combine(site.Output, "articles", "erster", "index.html")));
    }

    [Fact]
    public void A_finished_build_leaves_no_staging_mark()
    {
        using var site = Site();
        Assert.True(site.Build().Success);
        Assert.False(File.Exists(Path.Combine(site.Output, OutputFolder.StagingMarkerName)));
        site.Article("a", "Erster", "2024-01-01", "topics: [energie]", body: "Neuer Text.");
        Assert.True(site.Build().Success);
        Assert.False(File.Exists(Path.Combine(site.Output, OutputFolder.StagingMarkerName)));
    }

    [Fact]
    public void A_lost_manifest_does_not_make_the_next_build_refuse_or_lose_pages()
    {
        using var site = Site();
        Assert.True(site.Build().Success);
        var clean = Snapshot(site.Output);
        // Killed between writing pages and the manifest: the manifest is the old one (here: an empty one).
        var manifest = Path.Combine(site.Output, OutputFolder.ManifestName);
        File.WriteAllText(manifest + OutputFolder.TempSuffix, "half");
        File.WriteAllBytes(Path.Combine(site.Output, OutputFolder.StagingMarkerName), []);
        Assert.True(site.Build().Success);
        Assert.Equal(clean, Snapshot(site.Output));
    }

    [Fact]
    public void Pages_are_replaced_whole_so_a_reader_never_sees_a_partial_page()
    {
        using var site = Site();
        Assert.True(site.Build().Success);
        var page = Path.Combine(site.Output, "articles", "erster", "index.html");
        using var reader = new FileStream(page, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var before = new StreamReader(reader).ReadToEnd();
        site.Article("a", "Erster", "2024-01-01", "topics: [energie]", body: "Neuer Text.");
        Assert.True(site.Build().Success);
        // The open handle still sees the complete old page; the path now shows the complete new one.
        reader.Position = 0;
        Assert.Equal(before, new StreamReader(reader).ReadToEnd());
        Assert.Contains("Neuer Text.", File.ReadAllText(page));
        Assert.EndsWith("</html>", File.ReadAllText(page).TrimEnd());
    }
}
