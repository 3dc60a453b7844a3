using Digest.Site.Tests.EndToEnd;
using Digest.TestSupport;

namespace Digest.Site.Tests.Editions;

public class SampleEditionTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void The_sample_has_two_written_editions_with_introductions_and_automatic_weekly_ones()
    {
        var folders = Directory.GetDirectories(Path.Combine(site.Output, "editions")).Select(Path.GetFileName).ToList();
        Assert.Contains("2024-w18-ostflanke", folders);
        Assert.Contains("2024-sicherheit-im-fruehjahr", folders);
        Assert.Contains(folders, f => f!.StartsWith("2024-w", StringComparison.Ordinal) && f != "2024-w18-ostflanke");
        // The written week replaces the automatic edition of its week.
        Assert.DoesNotContain("2024-w18", folders);
        foreach (var written in new[] { "2024-w18-ostflanke", "2024-sicherheit-im-fruehjahr" })
        {
            var page = Html.Load(Path.Combine(site.Output, "editions", written, "index.html"));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".edition-intro .body")?.TextContent));
            Assert.True(File.Exists(Path.Combine(site.Output, "editions", written, "edition.epub")));
        }
        var home = Html.Load(Path.Combine(site.Output, "index.html"));
        Assert.NotNull(home.QuerySelector(".edition-latest"));
    }

    [Fact]
    public void The_selection_keeps_the_editors_sections_first()
    {
        var page = Html.Load(Path.Combine(site.Output, "editions/2024-sicherheit-im-fruehjahr/index.html"));
        var sections = page.QuerySelectorAll(".edition-section h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(sections.Count >= 3);
        Assert.Equal(3, page.QuerySelectorAll(".edition-item").Length);
        Assert.NotEmpty(page.QuerySelectorAll(".edition-quotes"));
    }

    [Fact]
    public void Every_topic_in_the_home_pages_edition_contents_links_to_an_article()
    {
        // An article under several topics is placed under its first; the others list it as also here, never empty.
        var home = Html.Load(Path.Combine(site.Output, "index.html"));
        var entries = home.QuerySelectorAll(".edition-latest .edition-toc li");

        Assert.NotEmpty(entries);
        Assert.All(entries, li => Assert.NotEmpty(li.QuerySelectorAll("a")));
    }
}
