namespace Digest.Cli.Commands;

/// <summary><c>digest import</c>.</summary>
public static class ImportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => throw new UsageException("import is not wired up yet");
}
