using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// The open pages' Server-Sent Events streams (<see cref="ReloadScript.EventsPath"/>): after a good build, tells each
/// page whose bytes it changed to reload, and sends the problems of a failed build or page, which the reload script
/// shows over the page. A page that names itself (<c>?p=</c>) and is unchanged by a build is left alone, so an edit
/// shown ahead of the full rebuild (see <see cref="RebuildReport.Edited"/>) reloads the edited page once, not twice.
/// </summary>
public sealed class ReloadHub
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>How many served versions are kept to compare a page against: the current one and the two before it.</summary>
    private const int KeptVersions = 3;

    private readonly LiveSite _site;
    private readonly CancellationToken _stop;
    private readonly ConcurrentDictionary<int, ListeningPage> _clients = new();
    private readonly Lock _lock = new();
    private readonly List<(int Version, LazySite Site)> _recent = [];
    private bool _problemsShown;
    private int _nextClient;

    /// <param name="site">The site whose builds are announced.</param>
    /// <param name="stop">Ends every stream when the server stops.</param>
    public ReloadHub(LiveSite site, CancellationToken stop)
    {
        _site = site;
        _stop = stop;
        site.SiteRebuilt += Rebuilt;
        site.SiteRebuildFailed += failure => ShowProblems(ServeLog.ProblemLines(failure.Problems));
        site.PagesFailedToRender += failure => ShowProblems(ServeLog.ProblemLines(failure.Problems));
    }

    /// <summary>How many pages are listening.</summary>
    public int Listeners => _clients.Count;

    /// <summary>The event that makes a page reload.</summary>
    public static string ReloadEvent(int version) => $"event: reload\ndata: {version}\n\n";

    /// <summary>The event that shows <paramref name="problems"/> over a page, as a JSON array of lines.</summary>
    public static string ProblemsEvent(IReadOnlyList<string> problems)
    {
        // Written by hand rather than serialized: the native tool has no reflection-made serializers.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var problem in problems)
            {
                json.WriteStringValue(problem);
            }
            json.WriteEndArray();
        }
        return $"event: problems\ndata: {Encoding.UTF8.GetString(buffer.WrittenSpan)}\n\n";
    }

    /// <summary>
    /// Streams events to one page until it goes away or the server stops. <paramref name="pageVersion"/> is the version
    /// the page was served from and <paramref name="pagePath"/> the file it shows: if a build that changed it finished
    /// since, the page is told to reload at once.
    /// </summary>
    public async Task StreamAsync(HttpListenerResponse response, int? pageVersion, string? pagePath = null)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        var page = new ListeningPage(new EventClient(response), pagePath, pageVersion);
        var client = page.Client;
        var id = Interlocked.Increment(ref _nextClient);
        ServedSite current;
        bool reload;
        lock (_lock)
        {
            current = _site.Current;
            reload = pageVersion is { } seen && seen != current.Version && current.Site is not null && current.Problems.IsEmpty
                && !Unchanged(page, current.Version);
            page.Version = reload ? pageVersion : current.Version;
            page.Reloading = reload;
            _clients[id] = page;
        }
        try
        {
            if (!await client.SendAsync("retry: 1000\n\n").ConfigureAwait(false))
            {
                return;
            }
            if (reload)
            {
                await client.SendAsync(ReloadEvent(current.Version)).ConfigureAwait(false);
            }
            if (!current.Problems.IsEmpty)
            {
                await client.SendAsync(ProblemsEvent(ServeLog.ProblemLines(current.Problems))).ConfigureAwait(false);
            }
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(KeepAlive, _stop).ConfigureAwait(false);
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

    /// <summary>Closes every open stream.</summary>
    public void CloseAll()
    {
        foreach (var (_, page) in _clients)
        {
            page.Client.Close();
        }
        _clients.Clear();
    }

    /// <summary>
    /// A good build: every page it changed is told to reload (the page being edited first, rendered before it is told,
    /// so its reload is answered at once); pages it left byte for byte the same only move on to the new version.
    /// After problems were shown, every page reloads, which clears them.
    /// </summary>
    private void Rebuilt(RebuildReport report)
    {
        var reload = new List<(int Id, ListeningPage Page)>();
        lock (_lock)
        {
            if (_site.Current is { Site: { } site } current && current.Version == report.Version)
            {
                _recent.Add((report.Version, site));
                if (_recent.Count > KeptVersions)
                {
                    _recent.RemoveAt(0);
                }
            }
            // The first version served is what the pages load; later ones (the first full build after a version served
            // early too) change what they may show.
            if (report.First && _recent.Count <= 1)
            {
                return;
            }
            var all = _problemsShown;
            _problemsShown = false;
            foreach (var (id, page) in _clients)
            {
                if (page.Reloading)
                {
                    continue;
                }
                if (!all && Unchanged(page, report.Version))
                {
                    page.Version = report.Version;
                }
                else
                {
                    page.Reloading = true;
                    reload.Add((id, page));
                }
            }
        }
        var message = ReloadEvent(report.Version);
        foreach (var (id, page) in reload)
        {
            _ = SendOrDrop(id, page.Client, message);
        }
    }

    /// <summary>Whether <paramref name="page"/> would get the same bytes from <paramref name="version"/> as from the version it shows. Under the lock.</summary>
    private bool Unchanged(ListeningPage page, int version)
    {
        if (page.Path is not { } path || page.Version is not { } shown || Kept(shown) is not { } before || Kept(version) is not { } after)
        {
            return false;
        }
        var old = before.Get(path);
        var now = after.Get(path);
        if (old is null || now is null)
        {
            // Both missing (and neither a page whose template failed, which shows problems) is the same "not found".
            return old is null && now is null && !before.HasPage(path) && !after.HasPage(path);
        }
        return old.AsSpan().SequenceEqual(now);
    }

    private LazySite? Kept(int version)
    {
        foreach (var (kept, site) in _recent)
        {
            if (kept == version)
            {
                return site;
            }
        }
        return null;
    }

    private void ShowProblems(IReadOnlyList<string> problems)
    {
        lock (_lock)
        {
            _problemsShown = true;
        }
        var message = ProblemsEvent(problems);
        foreach (var (id, page) in _clients)
        {
            _ = SendOrDrop(id, page.Client, message);
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
}
