namespace Digest.BrowserTests.Serving;

/// <summary>The test server hands out only the site's own files, so a passing HTTP test proves the site, not the server.</summary>
public sealed class StaticFileServerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-serve-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _site;

    public StaticFileServerTests()
    {
        _site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(_site, "topics"));
        File.WriteAllText(Path.Combine(_site, "index.html"), "home");
        File.WriteAllText(Path.Combine(_site, "topics", "index.html"), "topics");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "outside");
    }

    [Theory]
    [InlineData("/digest/", "index.html")]
    [InlineData("/digest/index.html", "index.html")]
    [InlineData("/digest/topics/", "topics/index.html")]
    [InlineData("/digest/topics/index.html", "topics/index.html")]
    public void Files_under_the_sub_path_are_served(string request, string expected)
    {
        Assert.Equal(Path.Combine(_site, expected), StaticFileServer.Resolve(_site, "/digest/", request));
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/digest/../secret.txt")]
    [InlineData("/digest/%2e%2e/secret.txt")]
    [InlineData("/digest/..%2fsecret.txt")]
    [InlineData("/digest/missing.html")]
    [InlineData("/digest/topics%5c..%5c..%5csecret.txt")]
    public void Anything_else_is_not_found(string request)
    {
        Assert.Null(StaticFileServer.Resolve(_site, "/digest/", request));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
