namespace Digest.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "digest-cli-tests", Guid.NewGuid().ToString("N"));

    public BuildCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "articles"));
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string In(string relative) => Path.Combine(_dir, relative);

    private void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(In(relative))!);
        File.WriteAllText(In(relative), text);
    }

    [Fact]
    public void A_file_system_error_is_one_line_and_exit_code_1_not_a_crash()
    {
        // `articles` is a file, so the new article cannot be created in it.
        Directory.Delete(In("input/articles"));
        Write("input/articles", "keine Mappe");

        var (code, _, stderr) = Run("new", "Ein Titel", "--input", In("input"), "--date", "2024-05-01");

        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("digest: error DG8001: ", line);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("keine Mappe", File.ReadAllText(In("input/articles")));
    }

    [Fact]
    public void File_system_errors_are_found_inside_the_errors_of_parallel_work()
    {
        var io = new IOException("Datei weg");
        Assert.Same(io, Program.FileSystemProblem(new AggregateException(new AggregateException(io))));
        Assert.Same(io, Program.FileSystemProblem(new AggregateException(io, new UnauthorizedAccessException("gesperrt"))));
        Assert.Null(Program.FileSystemProblem(new AggregateException(io, new InvalidOperationException("Fehler im Programm"))));
        Assert.Null(Program.FileSystemProblem(new InvalidOperationException("Fehler im Programm")));
    }

    [Fact]
    public void Builds_and_prints_one_summary_line()
    {
        Write("input/articles/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        // With a base URL the feeds have absolute links, so there is nothing to warn about.
        var (code, stdout, stderr) = Run("build", "--input", In("input"), "--output", In("out"), "--base-url", "https://example.org/");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("built 1 articles:", line);
        Assert.Contains("files written", line);
        Assert.True(File.Exists(In("out/articles/a/index.html")));
    }

    [Fact]
    public void Content_errors_exit_1_with_located_diagnostics_on_stderr()
    {
        Write("input/articles/x.md", "---\ntitle: X\ndate: 2022-13-01\n---\n");
        Write("input/articles/y.md", "---\ntitle: Y\ndate: 2022\ntopics: 5\n---\n");
        var (code, _, stderr) = Run("build", "--input", In("input"), "--output", In("out"));
        Assert.Equal(1, code);
        Assert.Contains("x.md:3:7: error DG1106: date '2022-13-01' is not a valid date", stderr);
        Assert.Contains("y.md:4:9: error DG1008: 'topics' must be a list", stderr);
        Assert.False(Directory.Exists(In("out")));
    }

    [Fact]
    public void Bad_yaml_is_DG1001_at_the_line_and_column_where_it_breaks()
    {
        Write("input/articles/x.md", "---\ntitle: X\ndate: 2024-01-01\nsummary: a: b\n---\nText.\n");
        var (code, _, stderr) = Run("build", "--input", In("input"), "--output", In("out"));
        Assert.Equal(1, code);
        Assert.Contains("x.md:4:11: error DG1001: invalid YAML", stderr);
    }

    [Theory]
    [InlineData("DG9001", "build", "--bogus")]
    [InlineData("DG9002", "frobnicate")]
    [InlineData("DG9003", "build", "--input")]
    [InlineData("DG9004", "build", "--drafts=yes")]
    [InlineData("DG9006", "build", "extra")]
    public void Usage_errors_exit_2_with_their_code(string expected, params string[] args)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith($"digest: error {expected}: ", stderr);
    }

    [Fact]
    public void An_unknown_option_is_DG9001_with_the_closest_one()
    {
        var (code, _, stderr) = Run("build", "--ouput", "x");
        Assert.Equal(2, code);
        Assert.StartsWith("digest: error DG9001: unknown option --ouput (did you mean '--output'?)", stderr);
    }

    [Fact]
    public void Refused_output_folders_exit_2_and_touch_nothing()
    {
        Write("input/articles/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        var (code, _, stderr) = Run("build", "--input", In("input"), "--output", In("input/site"));
        Assert.Equal(2, code);
        Assert.StartsWith("digest: error DG5008: the output folder", stderr);
        Assert.Contains("inside the input folder", stderr);
        Assert.False(Directory.Exists(In("input/site")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
