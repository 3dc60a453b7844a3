using Digest.Site.Serving;

namespace Digest.Site.Tests.Serving;

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

    [Theory]
    [InlineData("notes.md", true)]
    [InlineData(".notes.md.swp", false)]
    [InlineData("notes.md~", false)]
    [InlineData("4913", false)]
    [InlineData("#notes.md#", false)]
    public void Editor_scratch_files_do_not_trigger_rebuilds(string name, bool relevant)
    {
        Assert.Equal(relevant, SiteWatcher.IsRelevant(Path.Combine("input", "articles", name)));
    }
}
