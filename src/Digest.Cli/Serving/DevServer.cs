using System.Net;
using Digest.Site;
using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// <c>digest serve</c>: serves the <see cref="LiveSite"/> on 127.0.0.1 with <see cref="HttpListener"/>, rebuilds it
/// when input or theme files change (<see cref="RebuildScheduler"/>) and tells open pages to reload or show the
/// problems (<see cref="ReloadHub"/>); <see cref="ServeLog"/> writes what happens to the terminal.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly LiveSite _site;
    private readonly ReloadHub _hub;
    private readonly RequestRouter _router;
    private RebuildScheduler? _scheduler;
    private Task _accepting = Task.CompletedTask;
    private int _disposed;

    private DevServer(BuildOptions options, int port, ServeLog log, int earlyFrom)
    {
        _site = new LiveSite(options, log.Timings, earlyFrom);
        // The terminal line comes before the pages are told to reload.
        log.Follow(_site);
        _hub = new ReloadHub(_site, _stop.Token);
        _router = new RequestRouter(_site, _hub);
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
    }

    /// <summary>Where the site is served (loopback only).</summary>
    public Uri Address { get; }

    /// <summary>The site being served and the newest build's problems.</summary>
    public ServedSite Current => _site.Current;

    /// <summary>The open pages' event streams.</summary>
    public ReloadHub Hub => _hub;

    /// <summary>
    /// Listens on <paramref name="port"/>, builds once, then starts watching. A site of many articles is served from its
    /// front matter first and built fully in the background (see <see cref="LiveSite.ServeEarly"/>), so this returns
    /// before its full build. Throws <see cref="HttpListenerException"/> when the port cannot be used.
    /// </summary>
    public static DevServer Start(BuildOptions options, int port, ServeLog log) => Start(options, port, log, LiveSite.EarlyFrom);

    /// <summary>Like <see cref="Start(BuildOptions, int, ServeLog)"/>, serving early from <paramref name="earlyFrom"/> articles on.</summary>
    /// <param name="options">What to serve.</param>
    /// <param name="port">Where to listen.</param>
    /// <param name="log">The terminal lines.</param>
    /// <param name="earlyFrom">How many articles a site needs to be served early.</param>
    internal static DevServer Start(BuildOptions options, int port, ServeLog log, int earlyFrom)
    {
        var server = new DevServer(options, port, log, earlyFrom);
        try
        {
            server._listener.Start();
        }
        catch
        {
            server._listener.Close();
            server._site.Dispose();
            throw;
        }
        if (server._site.ServeEarly())
        {
            // The first pages are answered while the full build runs in the scheduler's loop.
            server._scheduler = new RebuildScheduler(server._site, buildFirst: true);
        }
        else
        {
            var retry = server._site.Rebuild();
            server._scheduler = new RebuildScheduler(server._site);
            if (retry)
            {
                server._scheduler.OnChange();
            }
        }
        server._accepting = Task.Run(server.AcceptLoop);
        return server;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                if (_stop.IsCancellationRequested || !_listener.IsListening)
                {
                    return;
                }
                continue;
            }
            _ = Task.Run(() => _router.HandleAsync(context));
        }
    }

    /// <summary>Stops watching, closes open event streams and the listener, and writes the build cache.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        _site.StopBackgroundRendering();
        var stopping = _scheduler?.StopAsync() ?? Task.CompletedTask;
        _hub.CloseAll();
        try
        {
            _listener.Stop();
            _listener.Close();
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }
        try
        {
            await Task.WhenAll(_accepting, stopping).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A build still running is abandoned; it writes nothing.
        }
        // The newest finished build's cache goes to disk now rather than after the quiet time.
        _site.Dispose();
        _scheduler?.Dispose();
    }
}
