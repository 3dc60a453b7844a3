using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;

namespace Digest.Import.Web;

/// <summary>
/// Fetches pages and feeds politely and defensively: http and https only, redirects followed by hand (so each hop is
/// checked and counted), one timeout for the whole fetch, a size limit that holds after decompression, only the
/// media types asked for, and at most <see cref="WebLimits.MaxPerHost"/> requests to one host at a time.
/// Every failure is a <see cref="FetchResult"/> with a one-line message; nothing throws for a bad page.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private static readonly string[] ArticleTypes = ["text/html", "application/xhtml+xml", "text/plain"];

    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"];

    private readonly HttpClient _client;
    private readonly WebLimits _limits;
    private readonly SemaphoreSlim _inFlight;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public WebFetcher(WebLimits limits)
    {
        _limits = limits;
        _inFlight = new SemaphoreSlim(limits.MaxInFlight);
        var handler = new SocketsHttpHandler
        {
            // Redirects and decompression are done here, so that each is checked against the limits.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = limits.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public WebLimits Limits => _limits;

    /// <summary>True for an absolute http or https address.</summary>
    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsHttp(uri);

    /// <summary>True for text written as an address with a scheme (<c>ftp://…</c>, <c>file://…</c>), web or not.</summary>
    public static bool LooksLikeAddress(string text)
    {
        var sep = text.IndexOf("://", StringComparison.Ordinal);
        return sep > 1 && text.AsSpan(0, sep).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") < 0;
    }

    public async Task<FetchResult> FetchAsync(string address, ContentKind kind, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return FetchResult.Fail($"'{address}' is not a web address");
        }
        if (!IsHttp(uri))
        {
            return FetchResult.Fail($"only http and https addresses are fetched, not {uri.Scheme}:");
        }
        // The clock starts when the first request may go out: time spent queued behind other pages of the same host
        // is the importer's politeness, not the server's slowness.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        await _inFlight.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
            for (var redirects = 0; ; redirects++)
            {
                var (result, next) = await RequestAsync(uri, kind, timeout, startClock: redirects == 0, cancel).ConfigureAwait(false);
                if (next is null)
                {
                    return result!;
                }
                if (!IsHttp(next))
                {
                    return FetchResult.Fail($"redirected to {next}, which is not an http or https address");
                }
                if (!visited.Add(next.AbsoluteUri))
                {
                    return FetchResult.Fail($"redirect loop: {uri} redirects back to {next}");
                }
                if (redirects + 1 > _limits.MaxRedirects)
                {
                    return FetchResult.Fail($"more than {_limits.MaxRedirects} redirects (the last one to {next})");
                }
                uri = next;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            return FetchResult.Fail($"timed out after {_limits.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Fail("cannot fetch: " + (ex.InnerException?.Message ?? ex.Message));
        }
        catch (InvalidDataException)
        {
            return FetchResult.Fail("the compressed body is damaged");
        }
        catch (IOException ex)
        {
            return FetchResult.Fail("the connection broke off: " + ex.Message);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    /// <summary>One request: the result, or the next address when the answer is a redirect.</summary>
    private async Task<(FetchResult? Result, Uri? Next)> RequestAsync(Uri uri, ContentKind kind, CancellationTokenSource timeout, bool startClock, CancellationToken cancel)
    {
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(_limits.MaxPerHost));
        await host.WaitAsync(startClock ? cancel : timeout.Token).ConfigureAwait(false);
        if (startClock)
        {
            timeout.CancelAfter(_limits.Timeout);
        }
        var token = timeout.Token;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", _limits.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", kind == ContentKind.Feed
                ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
                : "text/html, application/xhtml+xml, text/plain;q=0.8");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    return (FetchResult.Fail($"HTTP {status} redirect without a Location header"), null);
                }
                return (null, location.IsAbsoluteUri ? location : new Uri(uri, location));
            }
            if (status is < 200 or > 299)
            {
                return (FetchResult.Fail($"HTTP {status} {response.ReasonPhrase}".TrimEnd()), null);
            }
            var contentType = response.Content.Headers.ContentType;
            var media = contentType?.MediaType?.ToLowerInvariant();
            if (media is not null && !Array.Exists(kind == ContentKind.Feed ? FeedTypes : ArticleTypes, t => t == media))
            {
                var wanted = kind == ContentKind.Feed ? "an RSS or Atom feed" : "an HTML page or a text/plain article";
                return (FetchResult.Fail($"the server sent {media}, not {wanted}"), null);
            }
            var encodings = response.Content.Headers.ContentEncoding;
            var encoding = encodings.Count == 0 ? "identity" : string.Join(",", encodings).ToLowerInvariant();
            if (encoding == "identity" && response.Content.Headers.ContentLength is { } length && length > _limits.MaxBytes)
            {
                return (FetchResult.Fail($"the page is {Megabytes(length)}, larger than the limit of {Megabytes(_limits.MaxBytes)}"), null);
            }
            var raw = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using var body = Decompressing(raw, encoding);
            if (body is null)
            {
                return (FetchResult.Fail($"the server used the content encoding '{encoding}', which is not supported"), null);
            }
            var bytes = await ReadLimitedAsync(body, token).ConfigureAwait(false);
            if (bytes is null)
            {
                var after = encoding == "identity" ? string.Empty : " after decompression";
                return (FetchResult.Fail($"the page is larger than the limit of {Megabytes(_limits.MaxBytes)}{after}"), null);
            }
            return (new FetchResult(new FetchedPage(uri, bytes, media, contentType?.CharSet?.Trim('"', '\'')), null), null);
        }
        finally
        {
            host.Release();
        }
    }

    private static Stream? Decompressing(Stream raw, string encoding) => encoding switch
    {
        "identity" => raw,
        "gzip" or "x-gzip" => new GZipStream(raw, CompressionMode.Decompress),
        "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
        "br" => new BrotliStream(raw, CompressionMode.Decompress),
        _ => null,
    };

    /// <summary>The whole body, or null as soon as it passes the limit (the rest is never read).</summary>
    private async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var n = await body.ReadAsync(chunk, token).ConfigureAwait(false);
            if (n == 0)
            {
                return buffer.ToArray();
            }
            if (buffer.Length + n > _limits.MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, n);
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    public void Dispose()
    {
        _client.Dispose();
        _inFlight.Dispose();
        foreach (var s in _hosts.Values)
        {
            s.Dispose();
        }
    }
}
