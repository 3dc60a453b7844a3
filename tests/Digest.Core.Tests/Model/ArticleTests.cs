using Digest.Core.Model;

namespace Digest.Core.Tests.Model;

public class ArticleTests
{
    private static Article Sample() => new()
    {
        SourcePath = "articles/a.md",
        FileStem = "a",
        Title = "Titel",
        Date = new ArticleDate(2024, 1, 2, null, null),
        Body = "eager",
    };

    [Fact]
    public void Body_given_later_is_read_once_when_first_asked_for()
    {
        var reads = 0;
        var article = Sample().WithBodyFrom(() =>
        {
            reads++;
            return "später gelesen";
        });

        Assert.Equal(0, reads);
        Assert.Equal("später gelesen", article.Body);
        Assert.Equal("später gelesen", article.Body);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void Body_set_on_a_copy_replaces_a_body_given_later()
    {
        var article = Sample().WithBodyFrom(() => "später") with { Body = "neu" };

        Assert.Equal("neu", article.Body);
        Assert.Equal("Titel", article.Title);
    }

    [Fact]
    public void Copy_of_an_article_with_a_later_body_keeps_it()
    {
        var article = Sample().WithBodyFrom(() => "später") with { Title = "Anders" };

        Assert.Equal("später", article.Body);
        Assert.Equal("Anders", article.Title);
    }
}
