using System.Net;
using System.Net.Sockets;

namespace Digest.BrowserTests.Serving;

/// <summary>
/// A minimal static host on 127.0.0.1 that serves one folder under a sub-path (e.g. <c>/digest/</c>), the way a
/// site is often published below a domain's root. It serves only files inside that folder and answers
/// everything else with 404.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly string _prefixPath;
    private readonly Task _loop;

    private StaticFileServer(HttpListener listener, string root, string prefixPath, string baseUrl)
    {
        _listener = listener;
        _root = root;
        _prefixPath = prefixPath;
        BaseUrl = baseUrl;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The address of the served folder, ending in '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>Everything on this origin counts as local; the site must not ask for anything else.</summary>
    public string Origin => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);

    /// <param name="root">The folder to serve.</param>
    /// <param name="subPath">The path it appears under, like <c>/digest/</c>.</param>
    public static StaticFileServer Start(string root, string subPath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        // A port can be taken between asking for a free one and binding it; try a few times.
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var prefix = $"http://127.0.0.1:{port}{subPath}";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new StaticFileServer(listener, fullRoot, subPath, prefix);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var file = Resolve(_root, _prefixPath, context.Request.Url?.AbsolutePath ?? "/");
            if (file is null || (context.Request.HttpMethod != "GET" && context.Request.HttpMethod != "HEAD"))
            {
                response.StatusCode = file is null ? 404 : 405;
                return;
            }
            var bytes = await File.ReadAllBytesAsync(file);
            response.StatusCode = 200;
            response.ContentType = ContentTypes.For(file);
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod == "GET")
            {
                await response.OutputStream.WriteAsync(bytes);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>
    /// The file a request path names, or null when it lies outside the served folder, outside the sub-path, or
    /// does not exist. A folder stands for its index.html, as on common static hosts.
    /// </summary>
    public static string? Resolve(string root, string prefixPath, string requestPath)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!requestPath.StartsWith(prefixPath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = Uri.UnescapeDataString(requestPath[prefixPath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        if (relative.Contains('\0') || relative.Contains('\\'))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        return File.Exists(full) ? full : null;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
