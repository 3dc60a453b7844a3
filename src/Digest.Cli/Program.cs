using Digest.Cli.Commands;
using Digest.Cli.Help;
using Digest.Core.Diagnostics;

namespace Digest.Cli;

/// <summary>
/// Entry point: picks the command from <see cref="CommandTable"/>, answers help and version, and maps failures to
/// exit codes. Each command lives in Commands/.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The tool's version, as <c>digest --version</c> prints it and the web importer's User-Agent names it.</summary>
    public static string Version => typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Runs one command with the given writers (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stdout.Write(HelpText.Overview(CommandTable.All));
            return ExitCodes.UsageError;
        }
        CommandSpec? command = null;
        try
        {
            switch (args[0])
            {
                case "-h" or "--help":
                    stdout.Write(HelpText.Overview(CommandTable.All));
                    return ExitCodes.Ok;
                case "--version":
                    stdout.WriteLine(Version);
                    return ExitCodes.Ok;
                case "help":
                    return Help(args[1..], stdout);
            }
            if (args[0].StartsWith('-'))
            {
                throw new UsageException(DiagnosticCodes.UnknownOption, $"unknown option {args[0]}{Suggestions.DidYouMean(args[0].TrimStart('-'), ["help", "version"], "--")}; a command comes first");
            }
            command = CommandTable.Find(args[0])
                ?? throw new UsageException(DiagnosticCodes.UnknownCommand, $"unknown command '{args[0]}'{Suggestions.DidYouMean(args[0], CommandTable.Names())}");
            var cl = CommandLine.Parse(args[1..], command);
            if (cl.HelpRequested)
            {
                stdout.Write(HelpText.For(command));
                return ExitCodes.Ok;
            }
            return command.Run(cl, stdout, stderr);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine(ex.Diagnostic.ToString());
            stderr.WriteLine(command is null ? "Run 'digest --help' for usage." : $"Run 'digest {command.Name} --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (FileSystemProblem(ex) is { } problem)
        {
            // A disk that is full, a file locked or removed under us: say what happened, not where in the code.
            // A build that stops this way has left the output folder as it was.
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.FileSystemError, problem.Message).ToString());
            return ExitCodes.ContentError;
        }
    }

    /// <summary><c>digest help [COMMAND]</c>.</summary>
    private static int Help(string[] rest, TextWriter stdout)
    {
        if (rest.Length == 0)
        {
            stdout.Write(HelpText.Overview(CommandTable.All));
            return ExitCodes.Ok;
        }
        if (rest.Length > 1)
        {
            throw new UsageException(DiagnosticCodes.UnexpectedArgument, "help takes one command name, e.g. digest help build");
        }
        var command = CommandTable.Find(rest[0])
            ?? throw new UsageException(DiagnosticCodes.UnknownCommand, $"unknown command '{rest[0]}'{Suggestions.DidYouMean(rest[0], CommandTable.Names())}");
        stdout.Write(HelpText.For(command));
        return ExitCodes.Ok;
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
