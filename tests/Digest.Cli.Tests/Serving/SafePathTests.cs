using Digest.Cli.Serving;

namespace Digest.Cli.Tests.Serving;

public class SafePathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/articles/x/", "articles/x/index.html")]
    [InlineData("/articles/x/index.html?v=3#top", "articles/x/index.html")]
    [InlineData("/topics/s%C3%BCd/", "topics/süd/index.html")]
    [InlineData("/assets/style.css", "assets/style.css")]
    public void Maps_site_paths(string target, string expected)
    {
        Assert.Equal(expected, SafePath.Map(target));
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/articles/../../etc/passwd")]
    [InlineData("/articles/./x")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E%2Fetc")]
    [InlineData("/..%2fetc")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/..\\etc")]
    [InlineData("/%5c..%5cetc")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("http://127.0.0.1/../etc")]
    [InlineData("/etc/passwd%00.html")]
    [InlineData("/articles//x")]
    [InlineData("")]
    [InlineData("*")]
    public void Refuses_anything_that_could_leave_the_site(string target)
    {
        Assert.Null(SafePath.Map(target));
    }
}
