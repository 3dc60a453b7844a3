using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Digest.Site.Serving;

/// <summary>
/// <c>digest serve</c>: loads the site into memory, serves it on 127.0.0.1 (rendering each page when it is first
/// asked for, see <see cref="LazySite"/>), rebuilds when input or theme files change (debounced) and tells open pages
/// to reload via Server-Sent Events. A failed rebuild keeps the last good
/// site and shows its errors in the terminal and over the open page. Nothing is written to the output folder.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    /// <summary>Quiet time after the last file event before rebuilding; editors often write a file in several steps.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(120);

    private const int MaxProblemsShown = 50;

    private static readonly TimeSpan BackgroundDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>Quiet time after a rebuild before the build cache is written (a save of a large site's cache takes a core for a moment).</summary>
    private static readonly TimeSpan CacheSaveDelay = TimeSpan.FromSeconds(2);

    private readonly Caching.LiveBuildCache? _liveCache;

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly Lock _logLock = new();
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, EventClient> _clients = new();
    private readonly SemaphoreSlim _changes = new(0);
    private SiteWatcher? _watcher;
    private ServedSite _site = ServedSite.Empty;
    private Task _accepting = Task.CompletedTask;
    private Task _rebuilding = Task.CompletedTask;
    private CancellationTokenSource? _finishing;
    private long _lastChange;
    private int _pending;
    private int _nextClient;
    private bool _retried;
    private int _disposed;

    private readonly bool _timings;

    private DevServer(BuildOptions options, int port, TextWriter log, bool timings)
    {
        _timings = timings;
        // The cache stays in memory between rebuilds and is written to its file in the background, so the next
        // `digest build` finds it too.
        _liveCache = options.UseCache ? new Caching.LiveBuildCache(CacheSaveDelay) : null;
        _options = options with { DryRun = true };
        _log = log;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
    }

    /// <summary>Where the site is served (loopback only).</summary>
    public Uri Address { get; }

    /// <summary>The site being served and the newest build's problems.</summary>
    public ServedSite Current => Volatile.Read(ref _site);

    /// <summary>
    /// Listens on <paramref name="port"/>, builds once, then starts watching. Throws <see cref="HttpListenerException"/>
    /// when the port cannot be used.
    /// </summary>
    /// <paramref name="timings"/> adds the time of each phase to every rebuild's line in the log.
    public static DevServer Start(BuildOptions options, int port, TextWriter log, bool timings = false)
    {
        var server = new DevServer(options, port, log, timings);
        try
        {
            server._listener.Start();
        }
        catch
        {
            server._listener.Close();
            throw;
        }
        server.Rebuild(first: true);
        var folders = new List<string> { Path.GetFullPath(options.InputDir) };
        foreach (var layer in options.ThemeLayers())
        {
            if (!Digest.Core.Paths.FolderPaths.IsInside(folders[0], layer))
            {
                folders.Add(layer);
            }
        }
        server._watcher = new SiteWatcher(folders, server.OnChange);
        server._accepting = Task.Run(server.AcceptLoop);
        server._rebuilding = Task.Run(server.RebuildLoop);
        return server;
    }

    /// <summary>Records a file change; the rebuild loop waits until changes have been quiet for <see cref="Debounce"/>.</summary>
    public void OnChange()
    {
        Volatile.Write(ref _lastChange, Environment.TickCount64);
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _changes.Release();
        }
    }

    private async Task RebuildLoop()
    {
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await _changes.WaitAsync(token).ConfigureAwait(false);
                while (true)
                {
                    var quiet = Environment.TickCount64 - Volatile.Read(ref _lastChange);
                    if (quiet >= (long)Debounce.TotalMilliseconds)
                    {
                        break;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(Debounce.TotalMilliseconds - quiet), token).ConfigureAwait(false);
                }
                // Cleared before building, so a save during the build schedules another one.
                Volatile.Write(ref _pending, 0);
                Rebuild(first: false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void Rebuild(bool first)
    {
        // The pages of the version being replaced need not be finished; the rebuild wants both cores.
        Interlocked.Exchange(ref _finishing, null)?.Cancel();
        var clock = Stopwatch.StartNew();
        Preparation? prepared = null;
        LazySite? lazy = null;
        string? crash = null;
        try
        {
            prepared = SiteBuilder.Prepare(_options, _liveCache);
            if (prepared.Ready)
            {
                lazy = new LazySite(prepared.Site!);
            }
        }
        catch (Exception ex)
        {
            // Typically a file that vanished or was locked mid-save; the finished save triggers another build.
            crash = ex is AggregateException { InnerException: { } inner } ? inner.Message : ex.Message;
        }
        var current = Current;
        if (lazy is not null)
        {
            _retried = false;
            var version = current.Version + 1;
            Volatile.Write(ref _site, new ServedSite(lazy, version, []));
            var warnings = 0;
            foreach (var d in prepared!.Diagnostics.Sorted())
            {
                warnings++;
                if (first)
                {
                    Log(d.ToString());
                }
            }
            Log($"{(first ? "built" : "rebuilt")} {lazy.Articles} articles in {clock.Elapsed.TotalSeconds:F2} s{(warnings > 0 ? $", {warnings} warning(s)" : string.Empty)}{PhaseTimes(prepared)}");
            if (!first)
            {
                Broadcast($"event: reload\ndata: {version}\n\n");
            }
            FinishInBackground(lazy, version);
            return;
        }

        var problems = new List<string>();
        if (crash is not null)
        {
            problems.Add($"build failed: {crash}");
            if (!_retried)
            {
                _retried = true;
                OnChange();
            }
        }
        else if (prepared is not null)
        {
            _retried = false;
            if (prepared.Refusal is not null)
            {
                problems.Add(prepared.Refusal.ToString());
            }
            foreach (var d in prepared.Diagnostics.Sorted())
            {
                if (d.IsError && problems.Count < MaxProblemsShown)
                {
                    problems.Add(d.ToString());
                }
            }
        }
        Volatile.Write(ref _site, current with { Problems = problems });
        foreach (var line in problems)
        {
            Log(line);
        }
        Log(current.Site is null
            ? "build failed; fix the problems above and save again"
            : "build failed; still serving the last good version");
        Broadcast(ProblemsEvent(problems));
    }

    private string PhaseTimes(Preparation prepared)
    {
        if (!_timings)
        {
            return string.Empty;
        }
        // The pages themselves render when asked for; "site" is setting them up.
        prepared.Timer.Lap("site");
        var parts = new List<string>();
        foreach (var (phase, time) in prepared.Timer.Wall)
        {
            parts.Add($"{phase} {time.TotalMilliseconds:F0} ms");
        }
        return " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>
    /// Renders the pages nobody has asked for yet, after the edited page is already on screen, and reports what fails
    /// (a template that breaks on some page). A newer edit cancels it.
    /// </summary>
    private void FinishInBackground(LazySite site, int version)
    {
        var cancel = new CancellationTokenSource();
        Interlocked.Exchange(ref _finishing, cancel)?.Cancel();
        _ = Task.Run(async () =>
        {
            // The reloading page asks for itself first; the rest waits a moment and then leaves it a core.
            try
            {
                await Task.Delay(BackgroundDelay, cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            site.RenderRemaining(cancel.Token, threads: Math.Max(1, Environment.ProcessorCount - 1));
            if (cancel.IsCancellationRequested || _stop.IsCancellationRequested)
            {
                return;
            }
            var problems = site.ErrorLines(MaxProblemsShown);
            var current = Current;
            if (problems.Count == 0 || current.Version != version)
            {
                return;
            }
            Volatile.Write(ref _site, current with { Problems = problems });
            foreach (var line in problems)
            {
                Log(line);
            }
            Broadcast(ProblemsEvent(problems));
        });
    }

    private static string ProblemsEvent(IReadOnlyList<string> problems)
    {
        // Written by hand rather than serialized: the native tool has no reflection-made serializers.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var problem in problems)
            {
                json.WriteStringValue(problem);
            }
            json.WriteEndArray();
        }
        return $"event: problems\ndata: {System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)}\n\n";
    }

    private void Broadcast(string message)
    {
        foreach (var (id, client) in _clients)
        {
            _ = SendOrDrop(id, client, message);
        }
    }

    private async Task SendOrDrop(int id, EventClient client, string message)
    {
        if (!await client.SendAsync(message).ConfigureAwait(false))
        {
            _clients.TryRemove(id, out _);
            client.Close();
        }
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
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                await SendAsync(response, 405, "text/plain; charset=utf-8", "method not allowed\n"u8.ToArray(), head: false).ConfigureAwait(false);
                return;
            }
            var head = request.HttpMethod == "HEAD";
            var raw = request.RawUrl ?? string.Empty;
            var rawPath = raw.Split('?', 2)[0];
            if (rawPath == ReloadScript.EventsPath && !head)
            {
                await StreamEventsAsync(response, raw).ConfigureAwait(false);
                return;
            }
            if (rawPath == ReloadScript.ScriptPath)
            {
                await SendAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Source), head).ConfigureAwait(false);
                return;
            }
            var path = SafePath.Map(raw);
            if (path is null)
            {
                await SendAsync(response, 400, "text/plain; charset=utf-8", "bad request: this path is not part of the site\n"u8.ToArray(), head).ConfigureAwait(false);
                return;
            }
            var current = Current;
            if (current.Site is not { } site)
            {
                await SendHtmlAsync(response, 503, ProblemsPage(current.Problems), current.Version, head).ConfigureAwait(false);
                return;
            }
            var bytes = site.Get(path);
            if (bytes is null && site.HasPage(path))
            {
                // The page exists but its template failed on it: show why, like a failed build.
                await SendHtmlAsync(response, 500, ProblemsPage(site.ErrorLines(MaxProblemsShown)), current.Version, head).ConfigureAwait(false);
                return;
            }
            if (bytes is null && !Path.HasExtension(path) && site.Contains(path + "/index.html"))
            {
                // Pages link relatively, so a folder must be addressed with its trailing slash.
                response.Redirect(rawPath + "/");
                response.StatusCode = 301;
                response.Close();
                return;
            }
            if (bytes is null)
            {
                await SendHtmlAsync(response, 404, NotFoundPage(path), current.Version, head).ConfigureAwait(false);
                return;
            }
            var type = ContentTypes.For(path);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                await SendHtmlAsync(response, 200, Encoding.UTF8.GetString(bytes), current.Version, head).ConfigureAwait(false);
                return;
            }
            await SendAsync(response, 200, type, bytes, head).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away mid-response.
            try
            {
                response.Abort();
            }
            catch (Exception inner) when (inner is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Nothing left to close.
            }
        }
    }

    private async Task StreamEventsAsync(HttpListenerResponse response, string raw)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        var client = new EventClient(response);
        var id = Interlocked.Increment(ref _nextClient);
        _clients[id] = client;
        try
        {
            var current = Current;
            if (!await client.SendAsync("retry: 1000\n\n").ConfigureAwait(false))
            {
                return;
            }
            // The page names the version it was served from; if a rebuild finished in between, reload at once.
            if (PageVersion(raw) is { } seen && seen != current.Version && current.Site is not null && current.Problems.Count == 0)
            {
                await client.SendAsync($"event: reload\ndata: {current.Version}\n\n").ConfigureAwait(false);
            }
            if (current.Problems.Count > 0)
            {
                await client.SendAsync(ProblemsEvent(current.Problems)).ConfigureAwait(false);
            }
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(15), _stop.Token).ConfigureAwait(false);
                if (!await client.SendAsync(": keep-alive\n\n").ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            _clients.TryRemove(id, out _);
            client.Close();
        }
    }

    private static int? PageVersion(string raw)
    {
        var at = raw.IndexOf("?v=", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(raw.AsSpan(at + 3), out var v) ? v : null;
    }

    private static Task SendHtmlAsync(HttpListenerResponse response, int status, string html, int version, bool head) =>
        SendAsync(response, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Inject(html, version)), head);

    private static async Task SendAsync(HttpListenerResponse response, int status, string contentType, byte[] body, bool head)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (!head)
        {
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
        response.Close();
    }

    private static string ProblemsPage(IReadOnlyList<string> problems)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>digest: build failed</title></head><body>\n");
        sb.Append("<h1>The site could not be built</h1>\n<pre>");
        foreach (var line in problems)
        {
            sb.Append(WebUtility.HtmlEncode(line)).Append('\n');
        }
        sb.Append("</pre>\n<p>Fix the problems and save; this page reloads by itself.</p>\n</body></html>\n");
        return sb.ToString();
    }

    private static string NotFoundPage(string path) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head><body>\n" +
        $"<h1>Not found</h1>\n<p>The site has no file <code>{WebUtility.HtmlEncode(path)}</code>.</p>\n<p><a href=\"/\">Home</a></p>\n</body></html>\n";

    private void Log(string line)
    {
        lock (_logLock)
        {
            _log.WriteLine(line);
            _log.Flush();
        }
    }

    /// <summary>Stops watching, closes open event streams and the listener.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _stop.CancelAsync().ConfigureAwait(false);
        Interlocked.Exchange(ref _finishing, null)?.Cancel();
        _watcher?.Dispose();
        foreach (var (_, client) in _clients)
        {
            client.Close();
        }
        _clients.Clear();
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
            await Task.WhenAll(_accepting, _rebuilding).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A build still running is abandoned; it writes nothing.
        }
        // The newest finished build's cache goes to disk now rather than after the quiet time.
        _liveCache?.Dispose();
    }
}
