using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Output.Hosting;

public class HostingFilesTests
{
    [Fact]
    public void Not_found_page_uses_absolute_links_with_a_base_url()
    {
        using var site = new OutputFixtureSite("https://example.org/digest/");
        var output = site.Build().Output!;
        var html = OutputFixtureSite.Text(output, "404.html");
        Assert.Contains("href=\"https://example.org/digest/assets/style.css\"", html);
        Assert.Contains("href=\"https://example.org/digest/index.html\"", html);
        Assert.DoesNotContain("<base", html);
        Assert.True(output.Contains(".nojekyll"));
    }

    [Fact]
    public void Not_found_page_finds_the_site_root_by_script_without_a_base_url()
    {
        using var site = new OutputFixtureSite(baseUrl: null);
        var html = OutputFixtureSite.Text(site.Build().Output!, "404.html");
        // The script writes <base> before the first relative link in the head.
        var script = html.IndexOf("document.write('<base href=", StringComparison.Ordinal);
        Assert.True(script > 0 && script < html.IndexOf("assets/style.css", StringComparison.Ordinal));
        Assert.Contains("href=\"index.html\"", html);
        Assert.DoesNotContain("href=\"/", html);
    }
}
