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

    [Fact]
    public void Broken_markup_does_not_throw()
    {
        var a = ArticleImporter.CreateDefault().ImportHtml("<html><body><p>Ein Satz ohne Ende <b>fett<p>und noch <script>x(</script></html>", null);
        Assert.True(a.Draft);
        Assert.DoesNotContain("<", a.Body);
    }
}
