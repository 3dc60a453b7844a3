namespace Digest.Site.Tests.Caching;

/// <summary>
/// The rendered bodies live in a file of their own beside the build cache: a rebuild appends the bodies it rendered and
/// leaves the others' bytes where they are, the file is written afresh once unused bodies outweigh the ones in use, and a
/// missing, truncated, foreign or damaged bodies file costs a full build, never a wrong page.
/// </summary>
public sealed class BodyStoreTests
{
    private static CachedSite Site()
    {
        var s = new CachedSite();
        s.Site.File("site.yml", "title: \"Hafenbrief\"\nlanguage: de\nper_page: 2\n");
        for (var i = 1; i <= 4; i++)
        {
            s.Site.Article($"2025-03-0{i}-brief-{i}", $"Brief {i}", $"2025-03-0{i}", $"summary: \"Kurz {i}\"\n", $"Absatz über Kräne {i}.");
        }
        return s;
    }

    private static string LongBody(int round) =>
        string.Join("\n\n", Enumerable.Range(0, 400).Select(p => $"Absatz {p} der Fassung {round}: Schlepper, Kräne und Schleusen am Kai."));

    [Fact]
    public void Rebuild_appends_only_the_changed_body_and_keeps_the_others_bytes()
    {
        using var s = Site();
        s.Build();
        var before = File.ReadAllBytes(s.BodiesFile);

        s.Site.Article("2025-03-02-brief-2", "Brief 2", "2025-03-02", "summary: \"Kurz 2\"\n", "Neu: Absatz über Schlepper.");
        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Equal(3, rebuild.Cache!.Reused);
        var after = File.ReadAllBytes(s.BodiesFile);
        Assert.True(after.AsSpan(0, before.Length).SequenceEqual(before), "the bodies already saved were rewritten");
        Assert.Contains("Schlepper", System.Text.Encoding.UTF8.GetString(after.AsSpan(before.Length)));
        Assert.DoesNotContain("Kräne 1", System.Text.Encoding.UTF8.GetString(after.AsSpan(before.Length)));
        s.AssertSameAsUncachedBuild();

        // The build after it reads the appended body from the file, and every body it needs from where it lies.
        s.ForgetLastBuild();
        File.Delete(Path.Combine(s.Site.Output, "articles", "brief-2", "index.html"));
        var third = s.Build();
        Assert.Equal(4, third.Cache!.Reused);
        Assert.Contains("Neu: Absatz über Schlepper.", s.Site.ReadOutput("articles/brief-2/index.html"));
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Added_and_deleted_articles_keep_the_site_the_one_a_build_without_cache_makes()
    {
        using var s = Site();
        s.Build();

        s.Site.Article("2025-03-05-brief-5", "Brief 5", "2025-03-05", body: "Ein neuer Brief ohne Zusammenfassung.");
        File.Delete(Path.Combine(s.Site.Input, "articles", "2025-03-01-brief-1.md"));
        var rebuild = s.Build();

        Assert.True(rebuild.Success);
        Assert.Equal(4, rebuild.Articles);
        s.AssertSameAsUncachedBuild();
        s.ForgetLastBuild();
        Assert.Equal(4, s.Build().Cache!.Reused);
        s.AssertSameAsUncachedBuild();
    }

    [Fact]
    public void Bodies_file_is_written_afresh_when_unused_bodies_outweigh_the_ones_in_use()
    {
        using var s = Site();
        s.Site.Article("2025-03-09-lang", "Langer Brief", "2025-03-09", "summary: \"Lang\"\n", LongBody(0));
        s.Build();
        var sizes = new List<long>();
        for (var round = 1; round <= 8; round++)
        {
            s.Site.Article("2025-03-09-lang", "Langer Brief", "2025-03-09", "summary: \"Lang\"\n", LongBody(round));
            Assert.True(s.Build().Success);
            sizes.Add(new FileInfo(s.BodiesFile).Length);
        }

        // Each round appends a body of about the same size; a fresh file drops the old ones, so the file shrinks at least once.
        Assert.Contains(sizes.Skip(1).Zip(sizes), pair => pair.First < pair.Second);
        Assert.True(sizes[^1] < 4 * sizes[0], $"the bodies file grew to {sizes[^1]} bytes");
        Assert.Contains("Fassung 8", s.Site.ReadOutput("articles/langer-brief/index.html"));
        s.AssertSameAsUncachedBuild();
        s.ForgetLastBuild();
        Assert.Equal(5, s.Build().Cache!.Reused);
        s.AssertSameAsUncachedBuild();
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("delete")]
    [InlineData("foreign")]
    [InlineData("garbage")]
    public void Missing_truncated_or_foreign_bodies_file_gives_a_full_build_with_a_note(string damage)
    {
        using var s = Site();
        s.Build();
        var bodies = s.BodiesFile;
        var bytes = File.ReadAllBytes(bodies);
        switch (damage)
        {
            case "truncate":
                File.WriteAllBytes(bodies, bytes[..(bytes.Length - 10)]);
                break;
            case "delete":
                File.Delete(bodies);
                break;
            case "foreign":
                // Another site's bodies file (another id) in its place.
                using (var other = Site())
                {
                    other.Build();
                    File.WriteAllBytes(bodies, File.ReadAllBytes(other.BodiesFile));
                }
                break;
            case "garbage":
                File.WriteAllText(bodies, "kein Zwischenspeicher");
                break;
        }
        Directory.Delete(s.Site.Output, recursive: true);

        var result = s.Build();

        Assert.True(result.Success);
        Assert.Equal(0, result.Cache!.Reused);
        Assert.Contains("bodies file", result.Cache.IgnoredBecause);
        s.AssertSameAsUncachedBuild();
        // Replaced by a good one.
        s.ForgetLastBuild();
        Assert.Equal(4, s.Build().Cache!.Reused);
    }

    [Fact]
    public void Damaged_body_fails_the_build_that_reads_it_and_the_next_build_is_full_and_right()
    {
        using var s = Site();
        s.Build();
        var bytes = File.ReadAllBytes(s.BodiesFile);
        var at = bytes.AsSpan().IndexOf("Kräne 3"u8);
        Assert.True(at > 0);
        bytes[at] = (byte)'k';
        var stamp = File.GetLastWriteTimeUtc(s.BodiesFile);
        File.WriteAllBytes(s.BodiesFile, bytes);
        File.SetLastWriteTimeUtc(s.BodiesFile, stamp);
        // The article's page must be rendered again, so its body is read.
        File.Delete(Path.Combine(s.Site.Output, "articles", "brief-3", "index.html"));

        var damaged = s.Build();

        // The page that needs the damaged body fails with an error that says what happened; nothing is written from it.
        Assert.False(damaged.Success);
        Assert.Contains(damaged.Diagnostics, d => d.Message.Contains("bodies file is damaged", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(s.Site.Output, "articles", "brief-3", "index.html")), "a page was written from a damaged body");
        var next = s.Build();
        Assert.True(next.Success);
        Assert.Equal(0, next.Cache!.Reused);
        s.AssertSameAsUncachedBuild();
    }
}
