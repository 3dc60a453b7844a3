namespace Digest.Cli.Help;

/// <summary>
/// One option of a command as the parser and the help text see it. <paramref name="Value"/> names the value
/// (<c>DIR</c>, <c>N</c>); a flag has none. <paramref name="Default"/> is what applies when the option is left out.
/// </summary>
public sealed record OptionSpec(string Name, string? Value, string Description, string? Default = null)
{
    public bool IsFlag => Value is null;

    public static OptionSpec Flag(string name, string description) => new(name, null, description);
}
