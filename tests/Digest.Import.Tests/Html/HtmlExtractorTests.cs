using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Html;

public class HtmlExtractorTests
{
    private static ImportedArticle ImportPage()
    {
        var path = Path.Combine(TestPaths.OwnFixtures, "html", "offshore-wind.html");
        var attempt = ArticleImporter.CreateDefault().ImportBytes(File.ReadAllBytes(path), path);
        Assert.Null(attempt.Error);
        return attempt.Article!;
    }

    [Fact]
    public void Metadata_comes_from_json_ld_and_meta_tags()
    {
        var a = ImportPage();
        Assert.Equal("Windparks auf See: Netzausbau hinkt hinterher", a.Title);
        Assert.Equal("2024-05-02", a.Date?.ToIso());
        Assert.Equal("Friederike Ahlers", a.Author);
        Assert.Equal("Nordküsten-Kurier", a.Source);
        Assert.Equal("https://kurier.example/wirtschaft/windparks-netzausbau", a.SourceUrl);
        Assert.Equal("de", a.Lang);
        Assert.StartsWith("Neue Windparks in der Nordsee", a.Summary);
        Assert.False(a.Draft);
    }

    [Fact]
    public void Body_is_clean_markdown_without_html_or_debris()
    {
        var a = ImportPage();
        Assert.Contains("Die neuen Windparks in der Nordsee liefern", a.Body);
        Assert.Contains("## Leitungen brauchen Jahre", a.Body);
        Assert.Contains("„Wir bauen die Erzeugung schneller aus als die Netze", a.Body);
        Assert.Contains("Meyer rechnet damit", a.Body);
        foreach (var debris in (string[])["<", "Cookies", "Weiterlesen nach der Anzeige", "Teilen", "Alle Rechte vorbehalten", "Foto: Archiv", "trackRead", "Startseite"])
        {
            Assert.DoesNotContain(debris, a.Body);
        }
    }

    [Fact]
    public void Experts_and_people_are_found_in_pages_too()
    {
        var a = ImportPage();
        var e = Assert.Single(a.Experts);
        Assert.Equal("Jonas Meyer", e.Name);
        Assert.Equal("Energieökonom", e.Role);
        Assert.Contains("Petra Vogt", a.People);
        Assert.Contains("energiewende", a.Topics);
    }

    [Fact]
    public void Page_imports_round_trip_through_the_article_parser()
    {
        var text = FrontMatterWriter.Write(ImportPage(), "offshore-wind.html", new ArticleDate(2026, 1, 1, null, null));
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(ArticleParser.Parse(text, "x.md", diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    private static ImportedArticle ImportFixture(string name)
    {
        var path = Path.Combine(TestPaths.OwnFixtures, "html", name + ".html");
        var attempt = ArticleImporter.CreateDefault().ImportBytes(File.ReadAllBytes(path), path);
        Assert.Null(attempt.Error);
        return attempt.Article!;
    }

    [Theory]
    [InlineData("en-glacier-melt", "Eleanor Pryce")]                     // JSON-LD @graph, the author by @id
    [InlineData("en-furniture-tariffs", "Dana Whitcombe, Oliver Nkemelu")] // JSON-LD array, two Person objects
    [InlineData("de-strompreis-stadtwerke", "Henrike Sattler, Dirk Wallner")] // JSON-LD list of names
    [InlineData("de-kita-fachkraefte", "Lea Hoffmeister")]                 // JSON-LD Person object
    [InlineData("de-hochwasser-ticker", "Anna Lenz")]                      // no metadata: the visible byline
    [InlineData("de-mieten-unistaedte", "Jakob Strelow und Nina Adebayo")] // Open Graph with an author address: the byline
    [InlineData("en-storm-liveblog", "Rowan Pike")]                        // byline after a badge and a standfirst
    public void The_author_comes_from_json_ld_or_the_byline_without_von_or_by(string page, string author)
    {
        Assert.Equal(author, ImportFixture(page).Author);
    }

    [Theory]
    [InlineData("de-hochwasser-ticker")]
    [InlineData("en-storm-liveblog")]
    [InlineData("de-kita-fachkraefte")]
    public void The_body_starts_with_text_not_the_headline_again(string page)
    {
        var a = ImportFixture(page);
        Assert.DoesNotContain("# " + a.Title, a.Body);
        Assert.False(a.Body.StartsWith('#'), a.Body[..Math.Min(80, a.Body.Length)]);
    }

    [Fact]
    public void A_live_ticker_is_dated_by_the_article_not_by_the_latest_news_box_or_its_entries()
    {
        var a = ImportFixture("de-hochwasser-ticker");
        Assert.Equal("2024-06-03", a.Date?.ToIso());
        Assert.DoesNotContain("Uhr", a.Body);
        Assert.Contains("Der Pegel an der Brücke in Wiesenau", a.Body);
    }

    [Fact]
    public void Broken_markup_does_not_throw()
    {
        var a = ArticleImporter.CreateDefault().ImportHtml("<html><body><p>Ein Satz ohne Ende <b>fett<p>und noch <script>x(</script></html>", null);
        Assert.True(a.Draft);
        Assert.DoesNotContain("<", a.Body);
    }
}
