using Digest.TestSupport;

namespace Digest.Cli.Tests.Install;

/// <summary>
/// The installed tool (native on Linux x64) does what the project run in-process does: the same files, byte for
/// byte, for a cold build, a cached rebuild after an edit, and an import.
/// </summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "digest-installed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_installed_command_prints_its_version_and_on_linux_x64_is_a_native_program()
    {
        var (exit, stdout, _) = tool.Run("--version");

        Assert.Equal(0, exit);
        Assert.Equal(typeof(Program).Assembly.GetName().Version!.ToString(3), stdout.Trim());
        if (InstalledTool.IsLinuxX64)
        {
            // A native tool carries no managed assemblies beside it.
            var folder = Path.GetDirectoryName(new FileInfo(tool.Command).ResolveLinkTarget(returnFinalTarget: true)?.FullName
                ?? tool.Command)!;
            Assert.Empty(Directory.GetFiles(folder, "Digest.*.dll"));
        }
    }

    [Fact]
    public void The_installed_tool_builds_the_sample_site_exactly_as_the_project_does_cold_and_after_an_edit()
    {
        var input = Path.Combine(_dir, "input");
        CopyFolder(RepoPaths.SampleInput, input);
        var installed = Path.Combine(_dir, "installed");
        var cache = Path.Combine(_dir, "cache");

        Assert.Equal(0, tool.Run("build", "--input", input, "--output", installed, "--cache", cache).Exit);
        AssertSameFiles(BuildInProcess(input, "cold"), installed);

        var article = Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\nEin Nachtrag mit einem neuen Satz.\n");
        var (exit, stdout, stderr) = tool.Run("build", "--input", input, "--output", installed, "--cache", cache);

        Assert.True(exit == 0, stderr);
        Assert.Contains("unchanged", stdout);
        AssertSameFiles(BuildInProcess(input, "edited"), installed);
    }

    [Fact]
    public void The_installed_tool_imports_a_saved_page_exactly_as_the_project_does()
    {
        var page = Path.Combine(RepoPaths.Root, "tests", "Digest.Import.Tests", "Fixtures", "html", "offshore-wind.html");
        var installed = Path.Combine(_dir, "installed-input");
        var inProcess = Path.Combine(_dir, "in-process-input");

        Assert.Equal(0, tool.Run("import", page, "--input", installed).Exit);
        Assert.Equal(0, Program.Run(["import", page, "--input", inProcess], new StringWriter(), new StringWriter()));

        AssertSameFiles(inProcess, installed);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(installed, "articles"), "*.md"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private string BuildInProcess(string input, string name)
    {
        var output = Path.Combine(_dir, "in-process-" + name);
        var stderr = new StringWriter();
        var exit = Program.Run(["build", "--input", input, "--output", output, "--no-cache"], new StringWriter(), stderr);
        Assert.True(exit == 0, stderr.ToString());
        return output;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var expectedFiles = RelativeFiles(expected);
        Assert.Equal(expectedFiles, RelativeFiles(actual));
        foreach (var file in expectedFiles)
        {
            var same = File.ReadAllBytes(Path.Combine(expected, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file)));
            Assert.True(same, $"{file} differs between the in-process and the installed tool");
        }
    }

    private static List<string> RelativeFiles(string root)
    {
        var files = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
