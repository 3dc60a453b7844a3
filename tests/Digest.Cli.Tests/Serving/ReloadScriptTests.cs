using Digest.Cli.Serving;

namespace Digest.Cli.Tests.Serving;

public class ReloadScriptTests
{
    [Fact]
    public void Script_goes_before_the_closing_body_tag()
    {
        var html = ReloadScript.Inject("<html><body><p>x</p></body></html>", 7);
        Assert.Equal("<html><body><p>x</p><script src=\"/__digest/reload.js?v=7\"></script>\n</body></html>", html);
    }

    [Fact]
    public void Script_is_appended_when_there_is_no_body_tag()
    {
        Assert.EndsWith("<script src=\"/__digest/reload.js?v=1\"></script>\n", ReloadScript.Inject("<p>x</p>", 1));
    }
}
