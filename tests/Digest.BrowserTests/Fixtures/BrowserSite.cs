using Digest.BrowserTests.Browsing;
using Digest.BrowserTests.Serving;
using Digest.Site;
using Digest.TestSupport;
using Microsoft.Playwright;

namespace Digest.BrowserTests.Fixtures;

/// <summary>
/// The sample site (the repository's input/ with the bundled theme), built once into a temporary folder, one
/// Chromium for all tests, and a local HTTP server that publishes the build under <c>/digest/</c>.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Fixed so the set of published articles (the sample has one dated in the future) never drifts.</summary>
    public static readonly DateTimeOffset BuildTime = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticFileServer? _server;
    private Exception? _launchError;

    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), "digest-browser-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Where the review screenshots go: beside the test binaries, which git ignores.</summary>
    public static string ScreenshotDir => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        BuildSample();
        if (!ChromiumAvailability.IsInstalled)
        {
            return;
        }
        _server = StaticFileServer.Start(OutputDir, "/digest/");
        try
        {
            // Playwright's own browser builds cannot be fetched here; make sure nothing tries.
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            // Generous: CI machines are small and busy, and a flaky wait proves nothing about the site.
            Assertions.SetDefaultExpectTimeout(15_000);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumAvailability.ExecutablePath,
                Args = ChromiumArgs,
            });
        }
        catch (Exception e) when (e is PlaywrightException or InvalidOperationException or IOException)
        {
            // Reported by every test that needs the browser, instead of one opaque fixture failure.
            _launchError = e;
        }
    }

    private void BuildSample()
    {
        var repo = RepoPaths.Root;
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = Path.Combine(repo, "input"),
            OutputDir = OutputDir,
            DefaultThemeDir = Path.Combine(repo, "theme"),
            Now = BuildTime,
        });
        if (!result.Success)
        {
            var problems = string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToString()));
            throw new InvalidOperationException($"The sample site did not build: {result.Refusal}{Environment.NewLine}{problems}");
        }
    }

    /// <summary>
    /// The shared browser. Skips the calling test when Chromium is missing, except under CI, where it fails.
    /// </summary>
    public IBrowser RequireBrowser()
    {
        if (_launchError is not null)
        {
            Assert.Fail($"Chromium at {ChromiumAvailability.ExecutablePath} did not start: {_launchError.Message}");
        }
        if (_browser is null)
        {
            if (ChromiumAvailability.IsCi)
            {
                Assert.Fail(ChromiumAvailability.MissingReason + " (CI is set, so the browser tests must run.)");
            }
            Assert.Skip(ChromiumAvailability.MissingReason);
        }
        return _browser;
    }

    /// <summary>The address of the site's root folder, ending in '/'.</summary>
    public string BaseUrl(Delivery delivery) => delivery switch
    {
        Delivery.File => new Uri(Path.TrimEndingDirectorySeparator(OutputDir) + Path.DirectorySeparatorChar).AbsoluteUri,
        Delivery.Http => (_server ?? throw new InvalidOperationException("The HTTP server was not started.")).BaseUrl,
        _ => throw new ArgumentOutOfRangeException(nameof(delivery)),
    };

    /// <summary>True for requests that stay on this machine: file: for a site opened from disk, the test server's origin otherwise.</summary>
    public bool IsLocal(Delivery delivery, string url) => delivery switch
    {
        Delivery.File => url.StartsWith("file:", StringComparison.OrdinalIgnoreCase),
        Delivery.Http => url.StartsWith(_server!.Origin + "/", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A fresh browser context with the offline guard and problem recording in place.</summary>
    public Task<ReaderSession> OpenAsync(Delivery delivery, BrowserNewContextOptions? options = null) =>
        ReaderSession.OpenAsync(RequireBrowser(), BaseUrl(delivery), url => IsLocal(delivery, url), options);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        try
        {
            Directory.Delete(OutputDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
