using Digest.Core.Diagnostics;
using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>Nothing is read from or written outside the input and output folders, whatever the paths in the input say.</summary>
public class PathSafetyTests
{
    /// <summary>Every file under <paramref name="root"/> except the output folder, with its size.</summary>
    private static Dictionary<string, long> FilesOutsideOutput(string root, string output) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => f, f => new FileInfo(f).Length);

    [Theory]
    [InlineData("slug: ../../../pwned")]
    [InlineData("slug: /tmp/pwned")]
    [InlineData("slug: ..")]
    [InlineData("slug: \"a/../../b\"")]
    public void A_slug_that_is_a_path_is_a_located_error(string slug)
    {
        using var site = new FixtureSite().Article("x", "T", "2024-01-01", slug);
        var parent = Path.GetDirectoryName(site.Input)!;
        var before = FilesOutsideOutput(parent, site.Output);
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Equal(before, FilesOutsideOutput(parent, site.Output));
    }

    [Fact]
    public void Slugs_made_from_hostile_titles_stay_inside_the_output()
    {
        using var site = new FixtureSite()
            .Article("a", "../../../../etc/passwd", "2024-01-01")
            .Article("b", "/absolute/path", "2024-01-02")
            .Article("c", "..\\\\..\\\\windows", "2024-01-03")
            .Article("d", "..", "2024-01-04");
        var parent = Path.GetDirectoryName(site.Input)!;
        var before = FilesOutsideOutput(parent, site.Output);
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(before, FilesOutsideOutput(parent, site.Output));
        Assert.All(Directory.GetDirectories(Path.Combine(site.Output, "articles")), d => Assert.DoesNotContain("..", Path.GetFileName(d)));
    }

    [Theory]
    [InlineData("[geheim](../../../../../../etc/passwd)")]
    [InlineData("[geheim](../../outside.txt)")]
    [InlineData("[geheim](/etc/passwd)")]
    [InlineData("[geheim](file:///etc/passwd)")]
    [InlineData("![bild](../../outside.png)")]
    [InlineData("[geheim](%2e%2e/%2e%2e/outside.txt)")]
    public void Links_out_of_the_input_folder_are_located_errors_and_copy_nothing(string link)
    {
        using var site = new FixtureSite().Article("x", "T", "2024-01-01", body: "Text " + link);
        var parent = Path.GetDirectoryName(site.Input)!;
        File.WriteAllText(Path.Combine(parent, "outside.txt"), "secret");
        File.WriteAllText(Path.Combine(parent, "outside.png"), "secret");
        var result = site.Build();
        if (!link.Contains("file:"))
        {
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(5, error.Line);
        }
        if (Directory.Exists(site.Output))
        {
            Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f) == "secret");
        }
    }

    [Theory]
    [InlineData("../../outside.png")]
    [InlineData("/etc/passwd")]
    public void An_image_path_outside_the_input_is_not_copied(string src)
    {
        using var site = new FixtureSite().Article("x", "T", "2024-01-01", $"image: {{src: \"{src}\", alt: Bild}}");
        var parent = Path.GetDirectoryName(site.Input)!;
        File.WriteAllText(Path.Combine(parent, "outside.png"), "secret");
        var result = site.Build();
        if (Directory.Exists(site.Output))
        {
            Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f) == "secret");
        }
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((4, 14), (error.Line, error.Column));
        Assert.Contains("outside the site", error.Message);
    }

    [Fact]
    public void Symlinks_pointing_outside_the_input_are_skipped_with_a_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("creating symbolic links needs extra rights on Windows");
        }
        using var site = new FixtureSite().Article("ok", "Gut", "2024-01-01");
        var parent = Path.GetDirectoryName(site.Input)!;
        var outsideDir = Path.Combine(parent, "elsewhere");
        Directory.CreateDirectory(outsideDir);
        File.WriteAllText(Path.Combine(outsideDir, "secret.md"), "---\ntitle: Geheim\ndate: 2024-01-02\n---\nsecret\n");
        File.WriteAllText(Path.Combine(outsideDir, "secret.png"), "secret");
        File.CreateSymbolicLink(Path.Combine(site.Input, "articles", "link.md"), Path.Combine(outsideDir, "secret.md"));
        Directory.CreateDirectory(Path.Combine(site.Input, "images"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "images", "link.png"), Path.Combine(outsideDir, "secret.png"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "static"), outsideDir);
        var result = site.Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Articles);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("link.md") && d.Message.Contains("outside the input"));
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("link.png") && d.Message.Contains("outside the input"));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("secret"));
    }

    [Fact]
    public void Editor_lock_files_and_hidden_folders_among_the_articles_are_ignored()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("creating symbolic links needs extra rights on Windows");
        }
        using var site = new FixtureSite().Article("2024-01-01-bericht", "Bericht", "2024-01-01");
        var articles = Path.Combine(site.Input, "articles");
        // Emacs marks a file being edited with a link that points nowhere; vim and others keep hidden copies.
        File.CreateSymbolicLink(Path.Combine(articles, ".#2024-01-01-bericht.md"), "user@host.4242:1700000000");
        File.WriteAllText(Path.Combine(articles, ".2024-01-01-bericht.md"), "halb gespeichert");
        Directory.CreateDirectory(Path.Combine(articles, ".history"));
        File.WriteAllText(Path.Combine(articles, ".history", "alt.md"), "---\ntitle: Alt\ndate: 2020-01-01\n---\nAlt.\n");

        var result = site.Build();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Articles);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains(".#", StringComparison.Ordinal) || d.Path.Contains(".history", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_missing_file_is_skipped_with_a_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("creating symbolic links needs extra rights on Windows");
        }
        using var site = new FixtureSite().Article("2024-01-01-bericht", "Bericht", "2024-01-01");
        File.CreateSymbolicLink(Path.Combine(site.Input, "articles", "verloren.md"), Path.Combine(site.Input, "articles", "geloescht.md"));

        var result = site.Build();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Articles);
        var warning = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("verloren.md", StringComparison.Ordinal));
        Assert.False(warning.IsError);
        Assert.Contains("link to a file that does not exist", warning.Message);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused_and_kept()
    {
        using var site = new FixtureSite().Article("a", "A", "2024-01-01");
        var file = Path.Combine(Path.GetDirectoryName(site.Input)!, "ausgabe.txt");
        File.WriteAllText(file, "meine Notizen");

        var result = SiteBuilder.Build(site.Options() with { OutputDir = file });

        Assert.False(result.Success);
        Assert.Equal(DiagnosticCodes.OutputIsFile, result.Refusal?.Code);
        Assert.Contains("is a file", result.Refusal?.Message);
        Assert.Equal("meine Notizen", File.ReadAllText(file));
    }

    [Fact]
    public void Output_folders_that_are_dangerous_are_refused_before_anything_is_touched()
    {
        using var site = new FixtureSite().Article("a", "A", "2024-01-01");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var parent = Path.GetDirectoryName(site.Input)!;
        var before = FilesOutsideOutput(parent, site.Output);
        foreach (var output in new[]
                 {
                     site.Input, Path.Combine(site.Input, "out"), parent, Path.GetPathRoot(site.Input)!, home,
                     Directory.GetCurrentDirectory(), RepoPaths.Theme, Path.Combine(RepoPaths.Theme, "x"),
                     Path.Combine(site.Input, "..", "input", "sub"),
                 })
        {
            if (string.IsNullOrEmpty(output))
            {
                continue;
            }
            var result = SiteBuilder.Build(site.Options() with { OutputDir = output });
            Assert.NotNull(result.Refusal);
            Assert.StartsWith("DG50", result.Refusal.Code.Id);
            Assert.False(result.Success);
        }
        Assert.Equal(before, FilesOutsideOutput(parent, site.Output));
        Assert.False(Directory.Exists(site.Output));
    }
}
