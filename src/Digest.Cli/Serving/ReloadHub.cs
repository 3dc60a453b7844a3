using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// The open pages' Server-Sent Events streams (<see cref="ReloadScript.EventsPath"/>): tells every page to reload
/// after a good build and sends the problems of a failed build or page, which the reload script shows over the page.
/// </summary>
public sealed class ReloadHub
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly LiveSite _site;
    private readonly CancellationToken _stop;
    private readonly ConcurrentDictionary<int, EventClient> _clients = new();
    private int _nextClient;

    /// <param name="site">The site whose builds are announced.</param>
    /// <param name="stop">Ends every stream when the server stops.</param>
    public ReloadHub(LiveSite site, CancellationToken stop)
    {
        _site = site;
        _stop = stop;
        site.SiteRebuilt += report =>
        {
            // The first build is what the pages load; only later ones change what they show.
            if (!report.First)
            {
                Broadcast(ReloadEvent(report.Version));
            }
        };
        site.SiteRebuildFailed += failure => Broadcast(ProblemsEvent(ServeLog.ProblemLines(failure.Problems)));
        site.PagesFailedToRender += failure => Broadcast(ProblemsEvent(ServeLog.ProblemLines(failure.Problems)));
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
    /// the page was served from: if a build finished since, the page is told to reload at once.
    /// </summary>
    public async Task StreamAsync(HttpListenerResponse response, int? pageVersion)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.SendChunked = true;
        var client = new EventClient(response);
        var id = Interlocked.Increment(ref _nextClient);
        _clients[id] = client;
        try
        {
            var current = _site.Current;
            if (!await client.SendAsync("retry: 1000\n\n").ConfigureAwait(false))
            {
                return;
            }
            if (pageVersion is { } seen && seen != current.Version && current.Site is not null && current.Problems.IsEmpty)
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
        foreach (var (_, client) in _clients)
        {
            client.Close();
        }
        _clients.Clear();
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
}
