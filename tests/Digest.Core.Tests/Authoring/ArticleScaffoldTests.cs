using Digest.Core.Authoring;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Core.Tests.Authoring;

public class ArticleScaffoldTests
{
    private static ScaffoldRequest Request(string title, string? lang = null) => new(
        title, new ArticleDate(2024, 5, 1, null, null), ["nordkorea", "Südkorea"], ["Dr. Lena Marquardt", "Max \"Maxi\" Muster"], lang, lang ?? "de");

    [Fact]
    public void File_name_is_date_and_slug()
    {
        Assert.Equal("2024-05-01-was-plant-nordkorea.md", ArticleScaffold.FileName(Request("Was plant Nordkorea?")));
        Assert.Null(ArticleScaffold.FileName(Request("???")));
    }

    [Theory]
    [InlineData("Was plant Nordkorea?")]
    [InlineData("Titel: mit Doppelpunkt, \"Anführungszeichen\" und # Raute")]
    [InlineData("Back\\slash")]
    public void Output_parses_back_to_the_requested_values(string title)
    {
        var bag = new DiagnosticBag();
        var article = ArticleParser.Parse(ArticleScaffold.Render(Request(title, "en")), "input/articles/x.md", bag);
        Assert.Empty(bag.Sorted());
        Assert.NotNull(article);
        Assert.Equal(title, article.Title);
        Assert.Equal("2024-05-01", article.Date.ToIso());
        Assert.Equal(["nordkorea", "Südkorea"], article.Topics.Select(t => t.Name));
        Assert.Equal(["Dr. Lena Marquardt", "Max \"Maxi\" Muster"], article.Experts.Select(e => e.Name));
        Assert.Equal("en", article.Lang);
        Assert.Contains("## What we know", article.Body);
    }

    [Fact]
    public void Skeleton_follows_the_language_and_lang_is_only_written_when_asked()
    {
        var text = ArticleScaffold.Render(Request("Titel"));
        Assert.DoesNotContain("lang:", text);
        Assert.Contains("## Was bekannt ist", text);
    }

    [Fact]
    public void Lists_are_split_on_commas_and_trimmed()
    {
        Assert.Equal(["Lena Marquardt", "Max Muster"], ArticleScaffold.SplitList(" Lena Marquardt , Max Muster,, Lena Marquardt"));
        Assert.Empty(ArticleScaffold.SplitList(null));
    }
}
