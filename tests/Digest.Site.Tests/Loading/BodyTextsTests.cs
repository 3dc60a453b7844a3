using Digest.Core.Model;
using Digest.Site.Loading;

namespace Digest.Site.Tests.Loading;

/// <summary>A rebuild reads the body of an article remembered from an earlier build only when something asks for it, once.</summary>
public sealed class BodyTextsTests
{
    private static Article Sample(string path, string body) => new()
    {
        SourcePath = path,
        FileStem = "a",
        Title = "Titel",
        Date = new ArticleDate(2024, 1, 2, null, null),
        Body = body,
    };

    [Fact]
    public void A_body_given_later_is_read_once_when_first_asked_for()
    {
        var reads = 0;
        var article = Sample("articles/a.md", string.Empty);
        var texts = new BodyTexts(new Dictionary<string, Func<string>>
        {
            [article.SourcePath] = () =>
            {
                reads++;
                return "später gelesen";
            },
        });

        Assert.Equal(0, reads);
        Assert.Equal("später gelesen", texts.Of(article));
        Assert.Equal("später gelesen", texts.Of(article with { Title = "Anders" }));
        Assert.Equal(1, reads);
    }

    [Fact]
    public void Other_articles_have_the_body_they_were_parsed_with()
    {
        var texts = new BodyTexts(new Dictionary<string, Func<string>> { ["articles/a.md"] = () => "später" });

        Assert.Equal("eigener Text", texts.Of(Sample("articles/b.md", "eigener Text")));
        Assert.Equal("wie gelesen", BodyTexts.AsParsed.Of(Sample("articles/a.md", "wie gelesen")));
    }
}
