using Digest.Site.Rendering;

namespace Digest.Site.Tests.Rendering;

public class LinksTests
{
    [Theory]
    [InlineData("index.html", "")]
    [InlineData("articles/x/index.html", "../../")]
    [InlineData("topics/x/page/2/index.html", "../../../../")]
    public void Root_prefix_climbs_one_level_per_folder(string page, string prefix) => Assert.Equal(prefix, Links.RootPrefix(page));

    [Theory]
    [InlineData("articles/a/index.html", "articles/b/index.html", "../b/index.html")]
    [InlineData("articles/ab/index.html", "articles/a/index.html", "../a/index.html")]
    [InlineData("index.html", "topics/x/index.html", "topics/x/index.html")]
    [InlineData("topics/x/index.html", "images/a.svg", "../../images/a.svg")]
    public void Relative_links_name_files(string from, string to, string expected) => Assert.Equal(expected, Links.Relative(from, to));
}
