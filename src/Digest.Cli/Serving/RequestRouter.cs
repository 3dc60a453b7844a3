using System.Net;
using System.Text;
using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>
/// Answers one request: the reload script and event stream, then the site's files (with the reload script added to
/// pages), a redirect for a folder named without its slash, and the built-in pages for a failed build, a page whose
/// template failed and a missing file. Refuses other methods and any path that is not part of the site.
/// </summary>
public sealed class RequestRouter(LiveSite site, ReloadHub hub)
{
    public async Task HandleAsync(HttpListenerContext context)
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
                await hub.StreamAsync(response, PageVersion(raw), PagePath(raw)).ConfigureAwait(false);
                return;
            }
            if (rawPath == ReloadScript.ScriptPath)
            {
                await SendAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ReloadScript.Source), head).ConfigureAwait(false);
                return;
            }
            await SendSiteFileAsync(response, raw, rawPath, head).ConfigureAwait(false);
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

    private async Task SendSiteFileAsync(HttpListenerResponse response, string raw, string rawPath, bool head)
    {
        var path = SafePath.Map(raw);
        if (path is null)
        {
            await SendAsync(response, 400, "text/plain; charset=utf-8", "bad request: this path is not part of the site\n"u8.ToArray(), head).ConfigureAwait(false);
            return;
        }
        var current = site.Current;
        if (current.Site is not { } served)
        {
            await SendHtmlAsync(response, 503, BuiltInPages.Problems(current.Problems), current.Version, head).ConfigureAwait(false);
            return;
        }
        var bytes = served.Get(path);
        if (bytes is null && served.HasPage(path))
        {
            // The page exists but its template failed on it: show why, like a failed build.
            await SendHtmlAsync(response, 500, BuiltInPages.Problems(new SiteProblems(served.Errors(LiveSite.MaxProblems))), current.Version, head).ConfigureAwait(false);
            return;
        }
        if (bytes is null && !Path.HasExtension(path) && served.Contains(path + "/index.html"))
        {
            // Pages link relatively, so a folder must be addressed with its trailing slash.
            response.Redirect(rawPath + "/");
            response.StatusCode = 301;
            response.Close();
            return;
        }
        if (bytes is null)
        {
            await SendHtmlAsync(response, 404, BuiltInPages.NotFound(path), current.Version, head).ConfigureAwait(false);
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

    /// <summary>The site version a page's event stream names (<c>?v=3</c>), from the reload script's own address.</summary>
    internal static int? PageVersion(string raw) => int.TryParse(QueryValue(raw, "v"), out var v) ? v : null;

    /// <summary>The site file the page of an event stream shows (<c>&amp;p=/articles/x/</c>); null when it names none or one outside the site.</summary>
    internal static string? PagePath(string raw) => QueryValue(raw, "p") is { } page ? SafePath.Map(page) : null;

    private static string? QueryValue(string raw, string name)
    {
        var at = raw.IndexOf('?', StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        foreach (var pair in raw[(at + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair.AsSpan(0, eq).SequenceEqual(name))
            {
                try
                {
                    return Uri.UnescapeDataString(pair[(eq + 1)..]);
                }
                catch (UriFormatException)
                {
                    return null;
                }
            }
        }
        return null;
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
}
