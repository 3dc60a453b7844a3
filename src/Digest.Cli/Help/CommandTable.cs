using Digest.Cli.Commands;

namespace Digest.Cli.Help;

/// <summary>Every command of <c>digest</c>, in the order the overview lists them.</summary>
public static class CommandTable
{
    public static readonly IReadOnlyList<CommandSpec> All =
    [
        InitCommand.Spec,
        BuildCommand.Spec,
        NewCommand.Spec,
        CheckCommand.Spec,
        ServeCommand.Spec,
        ImportCommand.Spec,
        EditionCommand.Spec,
        EvalImportCommand.Spec,
    ];

    public static CommandSpec? Find(string name)
    {
        foreach (var c in All)
        {
            if (c.Name == name)
            {
                return c;
            }
        }
        return null;
    }

    public static IEnumerable<string> Names()
    {
        foreach (var c in All)
        {
            yield return c.Name;
        }
    }
}
