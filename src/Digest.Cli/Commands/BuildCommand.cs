namespace Digest.Cli.Commands;

/// <summary><c>digest build</c>.</summary>
public static class BuildCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        throw new UsageException("build is not wired up yet");
    }
}
