using System.IO.Compression;
using System.Text;
using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Web;

/// <summary><c>digest import URL…</c> against a server on 127.0.0.1: what is written, what is refused and why.</summary>
public class WebImportTests
{
    private static string[] Articles(TempSite site) => Directory.GetFiles(Path.Combine(site.Input, "articles"), "*.md");

    private static (int Exit, string Out, string Err) Import(TempSite site, params string[] args) =>
        site.Run(["import", .. args, "--input", site.Input]);

    [Fact]
    public void A_page_is_imported_with_its_address_after_a_redirect_as_source_url()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer()
            .Map("/short", ServerResponse.Redirect("/2024/05/gespraeche.html"))
            .Map("/2024/05/gespraeche.html", ServerResponse.Html(Pages.Article("Gespräche ohne Ergebnis", "2024-05-02")));
        var (exit, stdout, stderr) = Import(site, server.Url("/short"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        var file = Assert.Single(Articles(site));
        var text = File.ReadAllText(file);
        Assert.Contains($"source_url: \"{server.Url("/2024/05/gespraeche.html")}\"", text);
        Assert.DoesNotContain("source_file:", text);
        Assert.Contains("title: \"Gespräche ohne Ergebnis\"", text);
        Assert.Contains("date: 2024-05-02", text);
        Assert.Contains("written", stdout);
        Assert.Contains("1 written, 0 updated, 0 unchanged, 0 refused, 0 failed", stdout);
    }

    [Fact]
    public void Five_redirects_are_followed_and_a_sixth_is_refused()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer();
        for (var i = 0; i < 6; i++)
        {
            server.Map($"/r{i}", ServerResponse.Redirect($"/r{i + 1}"));
        }
        server.Map("/r6", ServerResponse.Html(Pages.Article("Am Ende der Kette", "2024-05-03")));
        var (okExit, okOut, okErr) = Import(site, server.Url("/r1"));
        Assert.True(okExit == ExitCodes.Ok, okOut + okErr);
        Assert.Single(Articles(site));

        using var other = new TempSite();
        var (exit, stdout, stderr) = Import(other, server.Url("/r0"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("more than 5 redirects", stderr);
        Assert.Contains("0 written", stdout);
        Assert.Empty(Articles(other));
    }

    [Fact]
    public void A_redirect_loop_is_refused_with_a_clear_line()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer()
            .Map("/a", ServerResponse.Redirect("/b"))
            .Map("/b", ServerResponse.Redirect("/a"));
        var (exit, _, stderr) = Import(site, server.Url("/a"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("redirect loop", stderr);
        Assert.Empty(Articles(site));
    }

    [Theory]
    [InlineData(404, "Not Found")]
    [InlineData(500, "Internal Server Error")]
    public void Http_errors_are_named_with_their_status_and_nothing_is_written(int status, string reason)
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/page", ServerResponse.Error(status, reason));
        var (exit, stdout, stderr) = Import(site, server.Url("/page"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains($"failed    {server.Url("/page")}: HTTP {status} {reason}", stderr);
        Assert.Contains("1 failed", stdout);
        Assert.Empty(Articles(site));
    }

    [Fact]
    public void A_slow_server_times_out_after_the_given_timeout()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer()
            .Map("/slow", ServerResponse.Html(Pages.Article("Zu spät", "2024-05-04")) with { Delay = TimeSpan.FromSeconds(10) });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, _, stderr) = Import(site, server.Url("/slow"), "--timeout", "0.5");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("timed out after 0.5 s", stderr);
        Assert.Empty(Articles(site));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_body_over_10_MB_is_refused(bool withLength)
    {
        using var site = new TempSite();
        var body = Encoding.ASCII.GetBytes("<!doctype html><html><body><p>" + new string('x', 10 * 1024 * 1024) + "</p></body></html>");
        using var server = new LocalWebServer()
            .Map("/big", ServerResponse.Bytes(body, "text/html") with { WithLength = withLength });
        var (exit, _, stderr) = Import(site, server.Url("/big"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("larger than the limit of 10 MB", stderr);
        Assert.Empty(Articles(site));
    }

    [Fact]
    public void A_gzip_body_that_expands_past_10_MB_is_refused_but_a_normal_gzip_page_is_read()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer()
            .Map("/bomb", ServerResponse.Bytes(Gzip(new byte[11 * 1024 * 1024]), "text/html", ("Content-Encoding", "gzip")))
            .Map("/small", ServerResponse.Bytes(Gzip(Encoding.UTF8.GetBytes(Pages.Article("Komprimiert geliefert", "2024-05-05"))), "text/html; charset=utf-8", ("Content-Encoding", "gzip")));
        var bomb = Gzip(new byte[11 * 1024 * 1024]);
        Assert.True(bomb.Length < 1024 * 1024, "the compressed body itself is small");

        var (exit, stdout, stderr) = Import(site, server.Url("/bomb"), server.Url("/small"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("larger than the limit of 10 MB after decompression", stderr);
        var file = Assert.Single(Articles(site));
        Assert.Contains("Komprimiert geliefert", File.ReadAllText(file));
        Assert.Contains("1 written, 0 updated, 0 unchanged, 0 refused, 1 failed", stdout);
    }

    [Fact]
    public void A_wrong_content_type_is_refused()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/photo", ServerResponse.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        var (exit, _, stderr) = Import(site, server.Url("/photo"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("the server sent image/png, not an HTML page or a text/plain article", stderr);
        Assert.Empty(Articles(site));
    }

    [Fact]
    public void Only_http_and_https_addresses_are_fetched()
    {
        using var site = new TempSite();
        var (exit, stdout, stderr) = Import(site, "ftp://127.0.0.1/article.html");
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("only http and https addresses are fetched", stderr);
        Assert.Contains("1 refused", stdout);
    }

    [Fact]
    public void A_latin1_page_is_read_with_the_header_charset_and_a_utf8_page_with_its_meta_charset()
    {
        using var site = new TempSite();
        var latin1 = Encoding.Latin1.GetBytes(Pages.Article("Größere Übungen in Südkorea", "2024-05-06").Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal));
        var utf8 = Encoding.UTF8.GetBytes(Pages.Article("Grüne Wasserstoffpläne", "2024-05-07"));
        using var server = new LocalWebServer()
            .Map("/latin1", ServerResponse.Bytes(latin1, "text/html; charset=ISO-8859-1"))
            .Map("/utf8", ServerResponse.Bytes(utf8, "text/html"));
        var (exit, stdout, stderr) = Import(site, server.Url("/latin1"), server.Url("/utf8"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        var texts = Articles(site).Select(File.ReadAllText).ToList();
        Assert.Contains(texts, t => t.Contains("title: \"Größere Übungen in Südkorea\"", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("title: \"Grüne Wasserstoffpläne\"", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\uFFFD') || t.Contains("Ã", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_plain_article_is_imported_as_a_text_dump()
    {
        using var site = new TempSite();
        var text = "Neue Gespräche in Genf\n\n2. Mai 2024\n\n" + string.Join("\n\n", Enumerable.Repeat("Die Delegationen trafen sich am Morgen zu einer ersten Runde, die nach Angaben von Teilnehmern sachlich verlief.", 3));
        using var server = new LocalWebServer().Map("/plain.txt", ServerResponse.Bytes(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8"));
        var (exit, stdout, stderr) = Import(site, server.Url("/plain.txt"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        var article = File.ReadAllText(Assert.Single(Articles(site)));
        Assert.Contains("Neue Gespräche in Genf", article);
        Assert.Contains($"source_url: \"{server.Url("/plain.txt")}\"", article);
    }

    [Fact]
    public void A_page_without_headline_is_named_a_draft_with_a_guessed_title_as_a_saved_file_is()
    {
        using var site = new TempSite();
        var page = Pages.Untitled("2024-05-06");
        using var server = new LocalWebServer().Map("/2024/05/ohne-titel.html", ServerResponse.Html(page));
        var (exit, stdout, stderr) = Import(site, server.Url("/2024/05/ohne-titel.html"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Contains("draft: no title in the source; title guessed from the lead (title_guessed: true)", stdout);
        var article = File.ReadAllText(Assert.Single(Articles(site)));
        Assert.Contains("title_guessed: true", article);
        Assert.Contains("title: \"Die Stadtwerke haben am Montag neue Preise für Fernwärme angekündigt\"", article);

        // The same page as a saved file says the same.
        using var fileSite = new TempSite();
        var saved = Path.Combine(fileSite.Root, "ohne-titel.html");
        File.WriteAllText(saved, page);
        var (fileExit, fileOut, fileErr) = Import(fileSite, saved);
        Assert.True(fileExit == ExitCodes.Ok, fileOut + fileErr);
        Assert.Contains("draft: no title in the source; title guessed from the lead (title_guessed: true)", fileOut);
    }

    [Fact]
    public void The_same_address_again_is_unchanged_or_an_update_and_a_hand_edit_is_never_overwritten()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/page", ServerResponse.Html(Pages.Article("Erste Fassung", "2024-05-08")));
        Assert.Equal(ExitCodes.Ok, Import(site, server.Url("/page")).Exit);

        var (exit, stdout, _) = Import(site, server.Url("/page"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 written, 0 updated, 1 unchanged", stdout);
        var file = Assert.Single(Articles(site));

        server.Map("/page", ServerResponse.Html(Pages.Article("Erste Fassung", "2024-05-08", "Die Lage hat sich über Nacht deutlich entspannt.")));
        (exit, stdout, _) = Import(site, server.Url("/page"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("0 written, 1 updated", stdout);
        Assert.Equal(file, Assert.Single(Articles(site)));
        Assert.Contains("deutlich entspannt", File.ReadAllText(file));

        File.AppendAllText(file, "\nMeine Anmerkung.\n");
        var edited = File.ReadAllText(file);
        server.Map("/page", ServerResponse.Html(Pages.Article("Erste Fassung", "2024-05-08", "Wieder ganz anders.")));
        (exit, _, var stderr) = Import(site, server.Url("/page"));
        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("edited by hand", stderr);
        Assert.Equal(edited, File.ReadAllText(file));
        Assert.Single(Articles(site));
    }

    [Fact]
    public void Requests_name_digest_and_its_version_and_stay_within_two_per_host()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer();
        var urls = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            server.Map($"/p{i}", ServerResponse.Html(Pages.Article($"Bericht Nummer {i} aus der Hauptstadt", "2024-05-09")) with { Delay = TimeSpan.FromMilliseconds(300) });
            urls.Add(server.Url($"/p{i}"));
        }
        var (exit, stdout, stderr) = Import(site, [.. urls]);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(6, Articles(site).Length);
        Assert.InRange(server.MaxConcurrent, 1, 2);
        Assert.All(server.Requests, r => Assert.StartsWith($"Digest/{Program.Version} ", r.UserAgent));
    }

    [Fact]
    public void Waiting_for_a_turn_at_a_busy_host_does_not_count_against_the_timeout()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer();
        var urls = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            server.Map($"/q{i}", ServerResponse.Html(Pages.Article($"Geduldige Meldung Nummer {i}", "2024-05-09")) with { Delay = TimeSpan.FromMilliseconds(600) });
            urls.Add(server.Url($"/q{i}"));
        }
        // Two at a time, the last pair starts about 1.2 s in: past the timeout, though each page takes 0.6 s.
        var (exit, stdout, stderr) = Import(site, [.. urls, "--timeout", "1.5"]);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(6, Articles(site).Length);
    }

    [Fact]
    public void A_list_file_imports_each_address_and_skips_comments_and_blank_lines()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer()
            .Map("/one", ServerResponse.Html(Pages.Article("Erster Eintrag der Liste", "2024-04-01")))
            .Map("/two", ServerResponse.Html(Pages.Article("Zweiter Eintrag der Liste", "2024-04-02")));
        var list = Path.Combine(site.Root, "urls.txt");
        File.WriteAllText(list, $"# exported bookmarks\n{server.Url("/one")}\n\n   # {server.Url("/commented")}\n{server.Url("/two")}\n");
        var (exit, stdout, stderr) = Import(site, "--list", list);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Equal(2, Articles(site).Length);
        Assert.Equal(0, server.CountOf("/commented"));
        Assert.Contains("2 written", stdout);
    }

    [Fact]
    public void Dry_run_fetches_and_prints_but_writes_nothing()
    {
        using var site = new TempSite();
        using var server = new LocalWebServer().Map("/page", ServerResponse.Html(Pages.Article("Nur zur Ansicht", "2024-05-01")));
        var (exit, stdout, _) = Import(site, server.Url("/page"), "--dry-run");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("title: \"Nur zur Ansicht\"", stdout);
        Assert.Contains("dry run, nothing written", stdout);
        Assert.Empty(Articles(site));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
