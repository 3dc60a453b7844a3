using Digest.Cli.Serving;

namespace Digest.Cli.Tests.Serving;

public class SiteWatcherTests
{
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
