using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Digest.BrowserTests.Browsing;

/// <summary>
/// One reader's tab: a fresh browser context whose requests to anywhere but the site are aborted and recorded,
/// and which records console errors, script errors and failed or erroneous responses as problems.
/// </summary>
public sealed class ReaderSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _outbound = new();

    private ReaderSession(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The site's root address, ending in '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>Console errors, uncaught script errors, failed requests and HTTP error statuses seen so far.</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Requests that tried to leave the machine (all were aborted).</summary>
    public IReadOnlyCollection<string> Outbound => _outbound;

    public static async Task<ReaderSession> OpenAsync(
        IBrowser browser, string baseUrl, Func<string, bool> isLocal, BrowserNewContextOptions? options)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        var session = new ReaderSession(context, page, baseUrl);
        await context.RouteAsync(url => !isLocal(url), async route =>
        {
            session._outbound.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        // Routing covers what the network stack intercepts; this catches anything announced but not routed.
        context.Request += (_, request) =>
        {
            if (!isLocal(request.Url) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                session._outbound.Enqueue(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._problems.Enqueue($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue($"script error on {page.Url}: {error}");
        page.RequestFailed += (_, request) =>
            session._problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                session._problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
        return session;
    }

    /// <summary>The address of a page of the site, given relative to its root (e.g. <c>topics/index.html</c>).</summary>
    public string Url(string relative) => BaseUrl + relative;

    public async Task GotoAsync(string relative)
    {
        var response = await Page.GotoAsync(Url(relative), new() { WaitUntil = WaitUntilState.Load });
        if (response is not null && !response.Ok)
        {
            Assert.Fail($"{relative} answered {response.Status}.");
        }
    }

    /// <summary>Fails the test with every problem and outbound request seen so far.</summary>
    public void AssertClean()
    {
        Assert.True(_outbound.IsEmpty, "Requests tried to leave the machine:\n" + string.Join("\n", _outbound));
        Assert.True(_problems.IsEmpty, "Problems while browsing:\n" + string.Join("\n", _problems));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
