using Digest.Cli.Commands;
using Digest.Cli.Help;

namespace Digest.Cli.Tests.Commands;

/// <summary>Help for every command, the version, and "did you mean" for typos.</summary>
public class HelpTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var name in CommandTable.Names())
        {
            data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_answers_help_with_each_option_and_an_example(string command)
    {
        var spec = CommandTable.Find(command)!;
        var (exit, stdout, stderr) = Run(command, "--help");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(stderr);
        Assert.StartsWith($"digest {command} — ", stdout);
        foreach (var option in spec.Options)
        {
            Assert.Contains("--" + option.Name, stdout);
            if (option.Default is not null)
            {
                Assert.Contains($"(default: {option.Default})", stdout);
            }
        }
        Assert.Contains("Examples:", stdout);
        Assert.Equal(stdout, Run(command, "-h").Out);
        Assert.Equal(stdout, Run("help", command).Out);
        // Help wins over other arguments, even wrong ones.
        Assert.Equal((ExitCodes.Ok, stdout), (Run(command, "--bogus", "-h").Exit, Run(command, "--bogus", "-h").Out));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void The_overview_lists_every_command(string arg)
    {
        var (exit, stdout, _) = Run(arg);
        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var name in CommandTable.Names())
        {
            Assert.Contains("  " + name + " ", stdout);
        }
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var (exit, stdout, _) = Run("--version");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+$", stdout.Trim());
        Assert.Equal(typeof(Program).Assembly.GetName().Version!.ToString(3), stdout.Trim());
    }

    [Theory]
    [InlineData(new[] { "biuld" }, "unknown command 'biuld' (did you mean 'build'?)")]
    [InlineData(new[] { "improt" }, "(did you mean 'import'?)")]
    [InlineData(new[] { "build", "--ouput", "x" }, "unknown option --ouput (did you mean '--output'?)")]
    [InlineData(new[] { "import", "--dryrun" }, "(did you mean '--dry-run'?)")]
    [InlineData(new[] { "serve", "-p", "80" }, "unknown option -p")]
    [InlineData(new[] { "help", "chek" }, "(did you mean 'check'?)")]
    [InlineData(new[] { "--verison" }, "(did you mean '--version'?)")]
    public void Typos_are_usage_errors_with_a_suggestion(string[] args, string expected)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public void A_name_far_from_every_command_gets_no_suggestion()
    {
        var (exit, _, stderr) = Run("frobnicate");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.DoesNotContain("did you mean", stderr);
        Assert.Contains("Run 'digest --help' for usage.", stderr);
    }

    [Fact]
    public void A_usage_error_in_a_command_points_to_that_commands_help()
    {
        var (_, _, stderr) = Run("build", "--bogus");
        Assert.Contains("Run 'digest build --help' for usage.", stderr);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ouput", "output", 1)]
    [InlineData("biuld", "build", 1)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));
}
