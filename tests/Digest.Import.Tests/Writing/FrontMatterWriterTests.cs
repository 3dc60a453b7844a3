using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Writing;

public class FrontMatterWriterTests
{
    private static readonly ArticleDate Today = new(2026, 1, 15, null, null);

    private static ImportedArticle Sample(string? title = "Was plant: \"Kim\" # jetzt?", ArticleDate? date = null) => new()
    {
        Title = title,
        Date = date ?? new ArticleDate(2022, 8, 0, null, null),
        Topics = ["nordkorea", "russland"],
        Experts = [new ImportedExpert("Erika Beispiel", "Nordkorea-Expertin", "Stiftung: Wissenschaft & Politik", ["Er sagte: „Nein“ – \\ und 'ja'"])],
        People = ["- Dash Person", "Jeon Ha Beispiel"],
        Author = "Von: Niemand",
        Summary = "Zeile eins\nZeile zwei\twith tab",
        Source = "@Quelle",
        Lang = "de",
        ImageCaption = "Bild: [Archiv]",
        ImageCredit = "© Quelle: -/Bildagentur Muster",
        Body = "Ein Absatz.\n\n## Zwischentitel\n\nNoch einer.\n",
    };

    [Fact]
    public void Written_markdown_parses_back_with_every_field()
    {
        var text = FrontMatterWriter.Write(Sample(), "imports/a.txt", Today);
        var diagnostics = new DiagnosticBag();
        var article = ArticleParser.Parse(text, "a.md", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.NotNull(article);
        Assert.Equal("Was plant: \"Kim\" # jetzt?", article.Title);
        Assert.Equal("2022-08", article.Date.ToIso());
        Assert.Equal(["nordkorea", "russland"], article.Topics.Select(t => t.Name));
        var e = Assert.Single(article.Experts);
        Assert.Equal("Stiftung: Wissenschaft & Politik", e.Org);
        Assert.Equal("Er sagte: „Nein“ – \\ und 'ja'", Assert.Single(e.Quotes));
        Assert.Equal(["- Dash Person", "Jeon Ha Beispiel"], article.People);
        Assert.Equal("Zeile eins\nZeile zwei\twith tab", article.Summary);
        Assert.Equal("@Quelle", article.Source);
        Assert.Equal("Bild: [Archiv]", article.Image?.Caption);
        Assert.Equal("imports/a.txt", article.SourceFile);
        Assert.StartsWith("sha256:", article.ImportHash);
        Assert.False(article.Draft);
        Assert.Contains("## Zwischentitel", article.Body);
    }

    [Fact]
    public void Missing_title_and_date_give_a_parseable_draft()
    {
        var a = Sample(title: null);
        a = new ImportedArticle { Title = null, Date = null, Lang = "de", Body = "Text.\n", Summary = "Am Hafen stehen seit Tagen die Kräne still, und ein Ende des Streiks ist nicht in Sicht.", Missing = ["title", "date"] };
        var text = FrontMatterWriter.Write(a, "x.txt", Today);
        var diagnostics = new DiagnosticBag();
        var article = ArticleParser.Parse(text, "x.md", diagnostics);
        Assert.NotNull(article);
        Assert.True(article.Draft);
        Assert.Equal("2026-01-15", article.Date.ToIso());
        Assert.Equal("Am Hafen stehen seit Tagen die Kräne still …", article.Title);
    }

    [Fact]
    public void Hash_detects_any_edit()
    {
        var text = FrontMatterWriter.Write(Sample(), "a.txt", Today);
        Assert.True(ImportHash.IsUntouched(text, out var has));
        Assert.True(has);
        Assert.False(ImportHash.IsUntouched(text.Replace("Noch einer.", "Noch einer!"), out _));
        Assert.False(ImportHash.IsUntouched(text.Replace("nordkorea", "china"), out _));
        Assert.True(ImportHash.IsUntouched(text.Replace("\n", "\r\n"), out _));
        Assert.False(ImportHash.IsUntouched("---\ntitle: x\n---\nbody\n", out var none));
        Assert.False(none);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"b\" c", "\"a \\\"b\\\" c\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData("bell\u0007", "\"bell\\x07\"")]
    public void Quote_escapes(string value, string expected)
    {
        Assert.Equal(expected, YamlText.Quote(value));
    }
}
