using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Core.Tests.FrontMatter;

public class ArticleParserTests
{
    private static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var article = ArticleParser.Parse(text, "input/articles/x.md", bag);
        return (article, bag.Sorted());
    }

    [Fact]
    public void Reads_every_documented_field()
    {
        var (article, diagnostics) = Parse("""
            ---
            title: "Was plant Nordkorea?"
            date: 2022-08
            updated: 2022-09-01
            topics: [nordkorea, Russland]
            experts:
              - "Dr. Lena Marquardt"
              - name: Jonas Feld
                role: Analyst
                org: Nordic Policy Lab
                quotes: ["Das ist neu."]
            people: [Kim Jong Un]
            summary: Kurz gesagt.
            source: Hafenkurier
            source_url: https://example.org/a
            author: Redaktion
            lang: en
            image: {src: images/a.svg, alt: Karte, caption: Eine Karte, credit: Archiv}
            slug: nordkorea-plan
            draft: true
            region: Ostasien
            ---
            Body text.
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(article);
        Assert.Equal("Was plant Nordkorea?", article.Title);
        Assert.Equal(DatePrecision.Month, article.Date.Precision);
        Assert.Equal("2022-09-01", article.Updated?.ToIso());
        Assert.Equal(["nordkorea", "Russland"], article.Topics.Select(t => t.Name));
        Assert.Equal("Dr. Lena Marquardt", article.Experts[0].Name);
        Assert.Null(article.Experts[0].Role);
        Assert.Equal(("Jonas Feld", "Analyst", "Nordic Policy Lab"), (article.Experts[1].Name, article.Experts[1].Role, article.Experts[1].Org));
        Assert.Equal(["Das ist neu."], article.Experts[1].Quotes);
        Assert.Equal(["Kim Jong Un"], article.People);
        Assert.Equal("Kurz gesagt.", article.Summary);
        Assert.Equal("Hafenkurier", article.Source);
        Assert.Equal("https://example.org/a", article.SourceUrl);
        Assert.Equal("Redaktion", article.Author);
        Assert.Equal("en", article.Lang);
        Assert.Equal(("images/a.svg", "Karte", "Eine Karte", "Archiv"), (article.Image!.Src, article.Image.Alt, article.Image.Caption, article.Image.Credit));
        Assert.Equal("nordkorea-plan", article.Slug);
        Assert.True(article.Draft);
        Assert.Equal("Ostasien", article.Extra["region"]);
        Assert.Equal("Body text.", article.Body);
        Assert.Equal(23, article.BodyLine);
    }

    [Fact]
    public void Accepts_topics_as_a_comma_separated_string()
    {
        var (article, diagnostics) = Parse("---\ntitle: T\ndate: 2022\ntopics: \"russland, sanktionen , \"\n---\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["russland", "sanktionen"], article!.Topics.Select(t => t.Name));
    }

    [Fact]
    public void Reports_an_invalid_date_at_its_line_and_column()
    {
        var (article, diagnostics) = Parse("---\ntitle: T\ndate: 2022-13-01\n---\n");
        Assert.Null(article);
        var error = Assert.Single(diagnostics);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.StartsWith("input/articles/x.md:3:7: error DG1106: date '2022-13-01' is not a valid date", error.ToString());
    }

    [Theory]
    [InlineData("---\ntitle: T\ndate: 2022\ntopics: 5\n---\n", 4, "'topics' must be a list")]
    [InlineData("---\ntitle: T\ndate: yes\n---\n", 3, "date 'yes' is not a valid date")]
    [InlineData("---\ntitle: T\ndate: 2022\nexperts: {a: 1}\n---\n", 4, "'experts' must be a list")]
    [InlineData("---\ntitle: T\ndate: 2022\ndraft: maybe\n---\n", 4, "'draft' must be true or false")]
    [InlineData("---\ntitle: [a, b]\ndate: 2022\n---\n", 2, "'title' must be text")]
    public void Reports_wrong_types_with_the_expected_form(string text, int line, string message)
    {
        var (article, diagnostics) = Parse(text);
        Assert.Null(article);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Reports_every_missing_required_field()
    {
        var (article, diagnostics) = Parse("---\nsummary: nur das\n---\nText");
        Assert.Null(article);
        Assert.Contains(diagnostics, d => d.Message.Contains("missing required field 'title'"));
        Assert.Contains(diagnostics, d => d.Message.Contains("missing required field 'date'"));
    }

    [Theory]
    [InlineData("", "file is empty")]
    [InlineData("just text\n", "missing front matter")]
    [InlineData("---\ntitle: T\ndate: 2022\nBody without closing", "never closed")]
    public void Reports_missing_or_broken_front_matter(string text, string message)
    {
        var (article, diagnostics) = Parse(text);
        Assert.Null(article);
        Assert.Contains(message, Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Handles_bom_and_crlf()
    {
        var (article, diagnostics) = Parse("\uFEFF---\r\ntitle: T\r\ndate: 2022-08-14\r\n---\r\nLine one\r\nLine two\r\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Line one\nLine two\n", article!.Body);
    }
}
