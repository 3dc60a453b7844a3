using Digest.Site.Tests.Caching;

namespace Digest.Site.Tests.Editions;

public class EditionCachingTests
{
    [Fact]
    public void An_edited_article_renders_again_the_editions_holding_it_and_only_those()
    {
        using var cached = new CachedSite();
        EditionSites.Fill(cached.Site);
        Assert.True(cached.Build().Success);
        var holding = Path.Combine(cached.Site.Output, "editions/2024-w20/index.html");
        var other = Path.Combine(cached.Site.Output, "editions/woche-18/index.html");
        var otherBytes = File.ReadAllBytes(other);
        var otherTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(other, otherTime);
        // The page cache knows files by their time: record the touched time as the current one.
        Assert.True(cached.Build().Success);
        Assert.Equal(otherTime, File.GetLastWriteTimeUtc(other));

        cached.Site.Article("2024-05-16-netz", "Netzausbau kommt voran", "2024-05-16", "topics: [energie]");
        var result = cached.Build();

        Assert.True(result.Success);
        Assert.Contains("Netzausbau kommt voran", File.ReadAllText(holding));
        Assert.Contains("Netzausbau kommt voran", cached.Site.ReadOutput("editions/2024-w20/edition.html"));
        Assert.Equal(otherBytes, File.ReadAllBytes(other));
        Assert.Equal(otherTime, File.GetLastWriteTimeUtc(other));
    }

    [Fact]
    public void An_edited_edition_file_shows_at_once()
    {
        using var cached = new CachedSite();
        EditionSites.Fill(cached.Site);
        Assert.True(cached.Build().Success);
        cached.Site.File("editions/woche-18.md", "---\ntitle: \"Neuer Titel\"\ndate: 2024-05-06\nperiod: 2024-W18\n---\nNeue Einleitung.\n");
        Assert.True(cached.Build().Success);
        var page = cached.Site.ReadOutput("editions/woche-18/index.html");
        Assert.Contains("Neuer Titel", page);
        Assert.Contains("Neue Einleitung.", page);
        Assert.Contains("Neuer Titel", cached.Site.ReadOutput("articles/ostflanke-ruestet-auf/index.html"));
    }
}
