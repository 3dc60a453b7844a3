using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Commands;

/// <summary><c>digest init</c>: the new site builds at once, and nothing a user has is ever replaced.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-init-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("en", "Welcome to your digest")]
    [InlineData("de", "Willkommen in Ihrem Digest")]
    public void The_new_site_builds_and_checks_without_errors(string language, string exampleTitle)
    {
        var dir = Path.Combine(_root, "my-digest");
        var (exit, stdout, stderr) = Run("init", dir, "--title", "Lage \"kompakt\"", "--language", language);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        foreach (var file in new[] { "input/site.yml", "input/topics.yml", "input/experts.yml", ".gitignore", ".github/workflows/digest.yml" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "input", "articles"), "*.md"));

        var output = Path.Combine(dir, "output");
        (exit, stdout, stderr) = Run("build", "--input", Path.Combine(dir, "input"), "--output", output);
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.DoesNotContain(": error ", stderr);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("Lage &quot;kompakt&quot;", home);
        Assert.Contains(exampleTitle, home);
        Assert.Contains($"lang=\"{language}\"", home);
        Assert.True(Directory.Exists(Path.Combine(output, "topics")));

        (exit, stdout, stderr) = Run("check", "--input", Path.Combine(dir, "input"));
        Assert.True(exit == ExitCodes.Ok, stdout + stderr);
        Assert.Contains("0 error(s)", stdout + stderr);
    }

    [Fact]
    public void The_files_say_what_a_user_needs_to_publish()
    {
        var dir = Path.Combine(_root, "site");
        Assert.Equal(ExitCodes.Ok, Run("init", dir).Exit);
        var siteYml = File.ReadAllText(Path.Combine(dir, "input", "site.yml"));
        Assert.Contains("title: \"site\"", siteYml);
        foreach (var setting in new[] { "# description:", "# base_url:", "# per_page: 10", "# author:", "# notice:", "# unsafe_html: false", "editions: weekly" })
        {
            Assert.Contains(setting, siteYml);
        }
        var workflow = File.ReadAllText(Path.Combine(dir, ".github", "workflows", "digest.yml"));
        foreach (var step in new[] { "actions/checkout", "actions/setup-dotnet", "dotnet tool install", "digest build", "--base-url", "upload-pages-artifact", "deploy-pages" })
        {
            Assert.Contains(step, workflow);
        }
        var ignore = File.ReadAllText(Path.Combine(dir, ".gitignore"));
        Assert.Contains("/output/", ignore);
        Assert.Contains("/.digest-cache/", ignore);
    }

    [Fact]
    public void A_non_empty_folder_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");
        var (exit, _, stderr) = Run("init", _root);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("digest: error DG9012: ", stderr);
        Assert.Contains("is not empty; use --force", stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Force_adds_the_missing_files_and_never_overwrites_one()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input"));
        var mine = Path.Combine(_root, "input", "site.yml");
        File.WriteAllText(mine, "title: Mine\n");
        var (exit, stdout, _) = Run("init", _root, "--force", "--title", "Other");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("title: Mine\n", File.ReadAllText(mine));
        Assert.Contains("kept      input/site.yml", stdout);
        Assert.True(File.Exists(Path.Combine(_root, "input", "topics.yml")));

        // A second run with --force creates nothing and changes nothing.
        var before = Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        (exit, stdout, _) = Run("init", _root, "--force");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("(0 file(s) created)", stdout);
        Assert.Equal(before, Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }

    [Theory]
    [InlineData("--language", "fr", "DG9005")]
    [InlineData("--titel", "X", "DG9001")]
    public void Bad_options_are_usage_errors_and_create_nothing(string option, string value, string expected)
    {
        var dir = Path.Combine(_root, "x");
        var (exit, _, stderr) = Run("init", dir, option, value);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith($"digest: error {expected}: ", stderr);
        Assert.False(Directory.Exists(dir));
    }
}
