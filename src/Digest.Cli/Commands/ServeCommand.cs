using System.Net;
using System.Runtime.InteropServices;
using Digest.Cli.Help;
using Digest.Cli.Serving;
using Digest.Core.Diagnostics;
using Digest.Site.Serving;

namespace Digest.Cli.Commands;

/// <summary><c>digest serve</c>: a local preview that rebuilds and reloads on every save; Ctrl+C stops it.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static readonly CommandSpec Spec = new(
        "serve",
        string.Empty,
        "serve the site on 127.0.0.1, rebuilding and reloading open pages on every save",
        [
            new("port", "N", "the local port to listen on", DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            BuildCommand.Input,
            BuildCommand.Theme,
            BuildCommand.Drafts,
            BuildCommand.Future,
            BuildCommand.Timings,
        ],
        ["digest serve", "digest serve --port 8080 --drafts"],
        Run)
    {
        Notes = ["", "Ctrl+C stops the server."],
    };

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        cl.NoPositionals();
        var port = cl.IntValue("port") ?? DefaultPort;
        if (port is < 1 or > 65535)
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, $"--port must be between 1 and 65535, not {port}");
        }
        var options = BuildCommand.Options(cl);
        if (!Directory.Exists(options.InputDir))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.InputFolderMissing, $"input folder '{options.InputDir}' does not exist").ToString());
            return ExitCodes.UsageError;
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Keep the process alive long enough to close connections and watchers.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        // `kill` and a closing terminal stop the server as cleanly as Ctrl+C does, so the build cache is written.
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        try
        {
            return Serve(options, port, cl.Has("timings"), stdout, stderr, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<int> Serve(Digest.Site.BuildOptions options, int port, bool timings, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var log = new ServeLog(stdout, timings);
        DevServer server;
        try
        {
            server = DevServer.Start(options, port, log);
        }
        catch (HttpListenerException ex)
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.ServeFailed, $"cannot serve on 127.0.0.1:{port} ({ex.Message}); try another --port").ToString());
            return ExitCodes.UsageError;
        }
        await using (server.ConfigureAwait(false))
        {
            log.Serving(server.Address);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                log.Stopping();
            }
        }
        return ExitCodes.Ok;
    }
}
