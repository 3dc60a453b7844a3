using Digest.Site.Output.Feeds;
using Digest.Site.Rendering;

namespace Digest.Site.Tests.Rendering;

public class LinkRebaserTests
{
    private static string Absolute(string sitePath) => "https://example.org/" + sitePath;

    [Theory]
    [InlineData("../other/index.html", "https://example.org/articles/other/index.html")]
    [InlineData("../../images/a.jpg", "https://example.org/images/a.jpg")]
    [InlineData("#part", "https://example.org/articles/x/index.html#part")]
    [InlineData("../other/index.html#h", "https://example.org/articles/other/index.html#h")]
    [InlineData("https://elsewhere.example/x", "https://elsewhere.example/x")]
    [InlineData("mailto:a@example.org", "mailto:a@example.org")]
    [InlineData("/rooted", "/rooted")]
    [InlineData("../../../outside", "../../../outside")]
    public void Links_are_resolved_from_the_article_page(string link, string expected) =>
        Assert.Equal(expected, LinkRebaser.RebaseUrl(link, "articles/x/index.html", Absolute));

    [Fact]
    public void Only_href_and_src_attributes_change()
    {
        var html = "<p><a href=\"../y/index.html\">../y/index.html</a> <img src=\"../../i.png\" alt=\"../z\"></p>";
        Assert.Equal("<p><a href=\"https://example.org/articles/y/index.html\">../y/index.html</a> <img src=\"https://example.org/i.png\" alt=\"../z\"></p>",
            LinkRebaser.Rebase(html, "articles/x/index.html", Absolute));
    }
}
