using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Web;

/// <summary><c>digest import --feed</c> with RSS and Atom feeds served on 127.0.0.1.</summary>
public class FeedImportTests
{
    private static string[] Articles(TempSite site) => Directory.GetFiles(Path.Combine(site.Input, "articles"), "*.md");

    private static (int Exit, string Out, string Err) Import(TempSite site, params string[] args) =>
        site.Run(["import", .. args, "--input", site.Input]);

    private static LocalWebServer RssServer(int items)
    {
        var server = new LocalWebServer();
        server.Map("/feed.xml", ServerResponse.Html(Pages.Rss(server, items), "application/rss+xml; charset=utf-8"));
        for (var i = 1; i <= items; i++)
        {
            server.Map($"/items/{i}.html", ServerResponse.Html(Pages.Article($"Seite zur Meldung {i}", "2020-01-01")));
        }
        return server;
    }

    [Fact]
    public void A_feed_of_ten_items_of_which_three_are_imported_imports_the_seven_others_only()
    {
        using var site = new TempSite();
        using var server = RssServer(10);
        foreach (var i in new[] { 2, 5, 9 })
        {
            Assert.Equal(ExitCodes.Ok, Import(site, server.Url($"/items/{i}.html")).Exit);
        }
        var before = server.Requests.Count;

        var (exit, stdout, stderr) = Import(site, "--feed", server.Url("/feed.xml"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(10, Articles(site).Length);
        Assert.Contains("7 written, 0 updated, 3 unchanged, 0 refused, 0 failed", stdout);
        var fetchedNow = server.Requests.Skip(before).Select(r => r.Path).ToList();
        Assert.DoesNotContain("/items/2.html", fetchedNow);
        Assert.Contains("/items/3.html", fetchedNow);

        (exit, stdout, _) = Import(site, "--feed", server.Url("/feed.xml"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 written, 0 updated, 10 unchanged", stdout);
        Assert.Equal(10, Articles(site).Length);
    }

    [Fact]
    public void The_feeds_date_title_and_author_are_used_as_evidence()
    {
        using var site = new TempSite();
        using var server = RssServer(1);
        var (exit, stdout, stderr) = Import(site, "--feed", server.Url("/feed.xml"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        var text = File.ReadAllText(Assert.Single(Articles(site)));
        // The page says 2020-01-01; the feed dates the item 2024-05-10 09:30 UTC.
        Assert.Contains("date: 2024-05-10T09:30:00+00:00", text);
        Assert.Contains("title: \"Meldung Nummer 1\"", text);
        Assert.Contains("author: \"Erika Feed\"", text);
        Assert.Contains($"source_url: \"{server.Url("/items/1.html")}\"", text);
    }

    [Fact]
    public void Limit_and_since_choose_the_items()
    {
        using var site = new TempSite();
        using var server = RssServer(10);
        var (exit, stdout, stderr) = Import(site, "--feed", server.Url("/feed.xml"), "--limit", "3");
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(3, Articles(site).Length);

        using var other = new TempSite();
        (exit, stdout, stderr) = Import(other, "--feed", server.Url("/feed.xml"), "--since", "2024-05-07");
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        // Items are dated 2024-05-10 back to 2024-05-01: the 10th, 9th, 8th and 7th are on or after the 7th.
        Assert.Equal(4, Articles(other).Length);
        Assert.All(Articles(other), f => Assert.Matches("date: 2024-05-(07|08|09|10)", File.ReadAllText(f)));
    }

    [Fact]
    public void An_atom_feed_item_whose_page_is_gone_is_imported_from_its_own_content()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer();
        var atom = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Testblog</title><id>urn:test:feed</id><updated>2024-03-02T10:00:00Z</updated>
            <author><name>Max Atom</name></author>
            <entry><title>Atomarer Bericht aus Wien</title><id>urn:test:1</id><link rel="alternate" href="/gone.html"/>
            <published>2024-03-01T12:00:00+01:00</published><updated>2024-03-02T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Die Verhandlungen in Wien wurden am Freitag unterbrochen, nachdem beide Seiten neue Forderungen gestellt hatten.&lt;/p&gt;&lt;p&gt;Ein Termin für die nächste Runde steht noch nicht fest.&lt;/p&gt;</content></entry>
            <entry><title>Zweiter Eintrag mit Seite</title><id>urn:test:2</id><link href="{server.Url("/second.html")}"/>
            <updated>2024-03-03T08:00:00Z</updated><summary>Kurz.</summary></entry>
            </feed>
            """;
        server.Map("/atom.xml", ServerResponse.Html(atom, "application/atom+xml"))
            .Map("/second.html", ServerResponse.Html(Pages.Article("Zweite Seite", "2024-03-03")));
        var (exit, stdout, stderr) = Import(site, "--feed", server.Url("/atom.xml"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Contains("HTTP 404", stdout);
        Assert.Contains("imported from the feed's own content", stdout);
        var texts = Articles(site).Select(File.ReadAllText).ToList();
        Assert.Equal(2, texts.Count);
        var first = Assert.Single(texts, t => t.Contains("Atomarer Bericht aus Wien", StringComparison.Ordinal));
        Assert.Contains("date: 2024-03-01T12:00:00+01:00", first);
        Assert.Contains("author: \"Max Atom\"", first);
        Assert.Contains("Verhandlungen in Wien", first);
        Assert.Contains($"source_url: \"{server.Url("/gone.html")}\"", first);
        Assert.Contains(texts, t => t.Contains("date: 2024-03-03T08:00:00+00:00", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feed_file_on_disk_is_read_too()
    {
        using var site = new TempSite();
        using var server = RssServer(2);
        var path = Path.Combine(site.Root, "feed.xml");
        File.WriteAllText(path, Pages.Rss(server, 2));
        var (exit, stdout, stderr) = Import(site, "--feed", path);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(2, Articles(site).Length);
    }

    [Fact]
    public void A_feed_that_is_not_one_fails_with_a_located_message()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/broken.xml", ServerResponse.Html("<rss><channel><item></channel></rss>", "application/rss+xml"));
        var (exit, stdout, stderr) = Import(site, "--feed", server.Url("/broken.xml"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("not a readable feed: line 1", stderr);
        Assert.Contains("1 failed", stdout);
        Assert.Empty(Articles(site));
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_and_nothing_is_expanded()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Root, "evil.xml");
        File.WriteAllText(path, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>");
        var (exit, _, stderr) = Import(site, "--feed", path);
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("not a readable feed", stderr);
        Assert.Empty(Articles(site));
    }

    [Theory]
    [InlineData("--limit", "3")]
    [InlineData("--since", "2024-01-01")]
    public void Limit_and_since_without_a_feed_are_usage_errors(string option, string value)
    {
        using var site = new TempSite();
        var (exit, _, stderr) = Import(site, "x.html", option, value);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("go with --feed", stderr);
    }
}
