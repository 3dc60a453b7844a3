namespace Digest.Cli.Help;

/// <summary>
/// A command of <c>digest</c>: its name, what it takes, its options and examples (all shown by
/// <c>digest COMMAND --help</c>), and the code that runs it with the parsed arguments.
/// </summary>
public sealed record CommandSpec(
    string Name,
    string Arguments,
    string Summary,
    IReadOnlyList<OptionSpec> Options,
    IReadOnlyList<string> Examples,
    Func<Commands.CommandLine, TextWriter, TextWriter, int> Run)
{
    /// <summary>Further lines shown after the options (what the arguments mean, limits, exit codes).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public OptionSpec? Option(string name)
    {
        foreach (var o in Options)
        {
            if (o.Name == name)
            {
                return o;
            }
        }
        return null;
    }
}
