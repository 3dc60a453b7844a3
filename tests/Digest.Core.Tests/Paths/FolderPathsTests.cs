using Digest.Core.Paths;

namespace Digest.Core.Tests.Paths;

public class FolderPathsTests
{
    [Theory]
    [InlineData("/site/output", "/site/output", true)]
    [InlineData("/site/output", "/site/output/articles/a/index.html", true)]
    [InlineData("/site/output/", "/site/output/feed.xml", true)]
    [InlineData("/site/output", "/site/output/..hidden", true)]
    [InlineData("/site/output", "/site/output-old/index.html", false)]
    [InlineData("/site/output", "/site", false)]
    [InlineData("/site/output", "/site/output/../input/a.md", false)]
    [InlineData("/", "/anything", true)]
    public void A_path_is_inside_its_folder_and_nowhere_else(string folder, string path, bool inside)
    {
        Assert.Equal(inside, FolderPaths.IsInside(folder, path));
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_current_folder()
    {
        Assert.True(FolderPaths.IsInside(".", "input/articles/a.md"));
        Assert.False(FolderPaths.IsInside("input", "output/index.html"));
    }
}
