using AngleSharp.Html.Parser;
using Digest.Import.Html;

namespace Digest.Import.Tests.Html;

/// <summary>Which <c>&lt;time&gt;</c> dates the article on a page that dates many things.</summary>
public class PublishedTimeTests
{
    private static string? Find(string body) => PublishedTime.Find(new HtmlParser().ParseDocument($"<html><body>{body}</body></html>"));

    [Fact]
    public void Dates_of_a_latest_news_box_before_the_article_do_not_count()
    {
        var date = Find("""
            <aside><ul><li><time datetime="2024-05-28T19:20">28.05.</time> <a href="/x">Andere Meldung</a></li></ul></aside>
            <main><article><h1>Titel</h1><time datetime="2024-06-03T06:00">03.06.2024</time><p>Text.</p></article></main>
            """);
        Assert.Equal("2024-06-03T06:00", date);
    }

    [Fact]
    public void The_article_comes_before_the_rest_of_the_page()
    {
        var date = Find("""
            <div class="ticker"><time datetime="2024-01-01">1.1.</time></div>
            <article><time datetime="2024-03-04">4.3.</time></article>
            """);
        Assert.Equal("2024-03-04", date);
    }

    [Fact]
    public void A_time_marked_as_the_publication_date_wins()
    {
        var date = Find("""
            <article><time datetime="2024-03-05T10:00">Aktualisiert</time> <time itemprop="datePublished" datetime="2024-03-04T08:00">4.3.</time></article>
            """);
        Assert.Equal("2024-03-04T08:00", date);
    }

    [Fact]
    public void Footers_and_navigation_never_date_the_article()
    {
        Assert.Null(Find("""<nav><time datetime="2024-01-01">x</time></nav><footer><time datetime="2024-01-02">y</time></footer><p>Text.</p>"""));
    }
}
