using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Digest.Cli.Tests.Web;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, answering mapped paths with fixed responses
/// (one request per connection). It records every request and the most requests it handled at once, so tests can
/// check the importer's headers and politeness. Nothing leaves the machine.
/// </summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, ServerResponse> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private int _active;
    private int _maxActive;

    public LocalWebServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Every request as (path, User-Agent), in arrival order.</summary>
    public ConcurrentQueue<(string Path, string? UserAgent)> Requests { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref _maxActive);

    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public LocalWebServer Map(string path, ServerResponse response)
    {
        _routes[path] = response;
        return this;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using var _ = client;
        var now = Interlocked.Increment(ref _active);
        InterlockedMax(ref _maxActive, now);
        try
        {
            var stream = client.GetStream();
            var (path, userAgent) = await ReadRequest(stream);
            if (path is null)
            {
                return;
            }
            Requests.Enqueue((path, userAgent));
            var response = _routes.TryGetValue(path, out var r) ? r : ServerResponse.Error(404, "Not Found");
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, _stop.Token);
            }
            var head = new StringBuilder($"HTTP/1.1 {response.Status} {response.Reason}\r\nConnection: close\r\n");
            foreach (var (name, value) in response.Headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }
            if (response.WithLength)
            {
                head.Append("Content-Length: ").Append(response.Body.Length).Append("\r\n");
            }
            head.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
            await stream.WriteAsync(response.Body, _stop.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client gave up (a timeout, a size limit): that is what some tests provoke.
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    private static async Task<(string? Path, string? UserAgent)> ReadRequest(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(length));
            if (n == 0)
            {
                return (null, null);
            }
            length += n;
            var text = Encoding.ASCII.GetString(buffer, 0, length);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }
            var lines = text[..end].Split("\r\n");
            var path = lines[0].Split(' ')[1];
            string? agent = null;
            foreach (var line in lines)
            {
                if (line.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase))
                {
                    agent = line["User-Agent:".Length..].Trim();
                }
            }
            return (path, agent);
        }
        return (null, null);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
