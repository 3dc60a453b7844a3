using Digest.Cli.Commands;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Site;

namespace Digest.Cli.Tests.Commands;

public class NewCommandTests
{
    [Fact]
    public void Creates_an_article_that_parses_and_builds()
    {
        using var site = new TempSite();
        var (exit, stdout, stderr) = site.Run("new", "Was plant Nordkorea?", "--topics", "nordkorea,nordkorae", "--experts", "Dr. Lena Marquardt, Max Muster",
            "--date", "2024-05-01", "--input", site.Input);
        Assert.Equal(ExitCodes.Ok, exit);
        var path = Path.Combine(site.Input, "articles", "2024-05-01-was-plant-nordkorea.md");
        Assert.True(File.Exists(path));
        Assert.EndsWith("2024-05-01-was-plant-nordkorea.md", stdout.Trim());
        Assert.Contains("did you mean 'nordkorea'?", stderr);

        var bag = new DiagnosticBag();
        var article = ArticleParser.Parse(File.ReadAllText(path), path, bag);
        Assert.NotNull(article);
        Assert.False(bag.HasErrors);
        Assert.Equal("Was plant Nordkorea?", article.Title);
        Assert.Equal(2, article.Experts.Count);

        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = site.Input,
            OutputDir = Path.Combine(site.Root, "output"),
            DefaultThemeDir = DefaultTheme.Locate(),
            DryRun = true,
        });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.True(result.Output!.Contains("articles/was-plant-nordkorea/index.html"));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var site = new TempSite();
        var path = site.Write("articles/2024-05-01-titel.md", "mine");
        var (exit, _, stderr) = site.Run("new", "Titel", "--date", "2024-05-01", "--input", site.Input);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("already exists", stderr);
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--date", "2024-13-01")]
    [InlineData("--lang", "d3")]
    public void Rejects_bad_values_as_usage_errors(string option, string value)
    {
        using var site = new TempSite();
        var (exit, _, _) = site.Run("new", "Titel", option, value, "--input", site.Input);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Input, "articles")));
    }

    [Fact]
    public void Needs_a_title()
    {
        using var site = new TempSite();
        Assert.Equal(ExitCodes.UsageError, site.Run("new", "--input", site.Input).Exit);
    }
}
