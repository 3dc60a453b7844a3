using Digest.Cli.Commands;

namespace Digest.Cli;

/// <summary>Entry point: picks the command and maps failures to exit codes. Each command lives in Commands/.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs one command with the given writers (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.UsageError : ExitCodes.Ok;
        }
        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Ok;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "build" => BuildCommand.Run(rest, stdout, stderr),
                "new" => NewCommand.Run(rest, stdout, stderr),
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "serve" => ServeCommand.Run(rest, stdout, stderr),
                "import" => ImportCommand.Run(rest, stdout, stderr),
                "eval-import" => EvalImportCommand.Run(rest, stdout, stderr),
                "edition" => EditionCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"digest: {ex.Message}");
            stderr.WriteLine("Run 'digest --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (FileSystemProblem(ex) is { } problem)
        {
            // A disk that is full, a file locked or removed under us: say what happened, not where in the code.
            // A build that stops this way has left the output folder as it was.
            stderr.WriteLine($"digest: {problem.Message}");
            return ExitCodes.ContentError;
        }
    }

    /// <summary>The file-system error behind <paramref name="ex"/> (parallel work wraps it), or null for anything else.</summary>
    internal static Exception? FileSystemProblem(Exception ex)
    {
        if (ex is AggregateException aggregate)
        {
            // Several files may fail at once; only when every one of them is a file-system error is that the story.
            var inner = aggregate.Flatten().InnerExceptions;
            return inner.Count > 0 && inner.All(e => e is IOException or UnauthorizedAccessException) ? inner[0] : null;
        }
        return ex is IOException or UnauthorizedAccessException ? ex : null;
    }
}
