using System.Diagnostics;
using Spectre.Console;

namespace Digest.Cli.Commands;

/// <summary>
/// Shows that a long build is still running: a spinner on an interactive terminal, plain lines when stderr is
/// redirected or <c>CI</c> is set. Quick builds show nothing, so short runs stay quiet.
/// </summary>
public static class BuildProgress
{
    /// <summary>How long work may run before progress appears.</summary>
    public static readonly TimeSpan Moment = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(string label, Func<T> work, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        // Progress is for people watching the process's console; callers with their own writers (tests, hosts) get none.
        if (!ReferenceEquals(stderr, Console.Error))
        {
            return work();
        }
        var task = Task.Run(work);
        if (task.Wait(Moment))
        {
            return task.GetAwaiter().GetResult();
        }
        if (IsInteractive())
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Status().Spinner(Spinner.Known.Dots).Start($"{label}…", status =>
            {
                while (!task.Wait(100))
                {
                    status.Status($"{label}… {clock.Elapsed.TotalSeconds:F0} s");
                }
            });
        }
        else
        {
            stderr.WriteLine($"{label}…");
            while (!task.Wait(PlainInterval))
            {
                stderr.WriteLine($"{label}… {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Only an unredirected console outside CI gets animation.</summary>
    public static bool IsInteractive() =>
        !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
