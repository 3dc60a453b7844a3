using Digest.TestSupport;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Digest.Cli.Serving;
using Digest.Cli.Tests.Install;
using Digest.Site;

namespace Digest.Cli.Tests.Serving;

/// <summary>Starts the dev server on a free port over a copy of the sample site and talks HTTP to it.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-serve-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private DevServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "output");

    public ValueTask InitializeAsync()
    {
        CopyFolder(RepoPaths.SampleInput, Input);
        var options = new BuildOptions
        {
            InputDir = Input,
            OutputDir = Output,
            DefaultThemeDir = RepoPaths.Theme,
        };
        _server = DevServer.Start(options, FreePort(), new ServeLog(TextWriter.Null));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Serves_pages_with_the_reload_script_and_writes_nothing_to_output()
    {
        var html = await _http.GetStringAsync(new Uri(_server.Address, "/"), Ct);
        Assert.Contains("Lagebild", html);
        Assert.Contains("/__digest/reload.js?v=", html);
        var script = await _http.GetStringAsync(new Uri(_server.Address, ReloadScript.ScriptPath), Ct);
        Assert.Contains("EventSource", script);
        var css = await _http.GetAsync(new Uri(_server.Address, "/assets/style.css"), Ct);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task An_edited_article_is_served_after_the_rebuild()
    {
        var page = Path.Combine(Input, "articles", "2025-02-14-europe-economy-2025.md");
        var before = await _http.GetStringAsync(new Uri(_server.Address, "/"), Ct);
        Assert.DoesNotContain("Frisch bearbeiteter Titel", before);

        var text = await File.ReadAllTextAsync(page, Ct);
        var titleLine = text.Split('\n')[1];
        Assert.StartsWith("title:", titleLine);
        await File.WriteAllTextAsync(page, text.Replace(titleLine, "title: \"Frisch bearbeiteter Titel\"", StringComparison.Ordinal), Ct);

        var html = await PollAsync("/", body => body.Contains("Frisch bearbeiteter Titel", StringComparison.Ordinal));
        Assert.Contains("Frisch bearbeiteter Titel", html);
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_through_server_sent_events()
    {
        using var events = await _http.GetAsync(new Uri(_server.Address, ReloadScript.EventsPath + "?v=" + _server.Current.Version), HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(Ct));
        await File.AppendAllTextAsync(Path.Combine(Input, "articles", "2025-02-14-europe-economy-2025.md"), "\nEin neuer Absatz.\n", Ct);
        Assert.True(await ReadUntilAsync(reader, "event: reload"));
    }

    [Fact]
    public async Task A_broken_file_keeps_the_last_good_site_and_reports_its_error()
    {
        var versionBefore = _server.Current.Version;
        using var events = await _http.GetAsync(new Uri(_server.Address, ReloadScript.EventsPath + "?v=" + versionBefore), HttpCompletionOption.ResponseHeadersRead, Ct);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(Ct));

        // A save cut off half-way: front matter opened but never closed.
        await File.WriteAllTextAsync(Path.Combine(Input, "articles", "2025-05-01-halb.md"), "---\ntitle: \"Halb gesp", Ct);
        Assert.True(await ReadUntilAsync(reader, "event: problems"));
        Assert.Contains(_server.Current.Problems.Errors, d => d.Path.EndsWith("2025-05-01-halb.md", StringComparison.Ordinal));
        Assert.Equal(versionBefore, _server.Current.Version);

        var home = await _http.GetAsync(new Uri(_server.Address, "/"), Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Lagebild", await home.Content.ReadAsStringAsync(Ct));

        await File.WriteAllTextAsync(Path.Combine(Input, "articles", "2025-05-01-halb.md"),
            "---\ntitle: \"Ganz gespeichert\"\ndate: 2025-05-01\nsummary: \"Fertig.\"\n---\n\nText.\n", Ct);
        await PollAsync("/", body => body.Contains("Ganz gespeichert", StringComparison.Ordinal));
        Assert.True(_server.Current.Problems.IsEmpty);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/..%5c..%5cetc%5cpasswd")]
    [InlineData("/articles\\..\\..\\etc\\passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("//etc/passwd")]
    public async Task Traversal_attempts_are_refused(string target)
    {
        // Raw requests: HTTP clients would resolve the dot segments before sending.
        var status = await RawStatusAsync(target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
    }

    [Fact]
    public async Task Folders_without_a_trailing_slash_redirect_so_relative_links_work()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        var response = await client.GetAsync(new Uri(_server.Address, "/topics"), Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/topics/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_page_whose_template_fails_shows_the_error_and_other_pages_still_work()
    {
        var layouts = Path.Combine(Input, "_theme", "layouts");
        Directory.CreateDirectory(layouts);
        await File.WriteAllTextAsync(Path.Combine(layouts, "archive.liquid"), "<h1>Archiv</h1>{{ 1 | divided_by: 0 }}", Ct);

        var deadline = DateTime.UtcNow + Patience;
        HttpResponseMessage archive;
        do
        {
            await Task.Delay(50, Ct);
            archive = await _http.GetAsync(new Uri(_server.Address, "/archive/"), Ct);
        }
        while (archive.StatusCode != HttpStatusCode.InternalServerError && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.InternalServerError, archive.StatusCode);
        Assert.Contains("archive.liquid", await archive.Content.ReadAsStringAsync(Ct));
        var home = await _http.GetAsync(new Uri(_server.Address, "/"), Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private async Task<string> PollAsync(string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        var body = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            body = await _http.GetStringAsync(new Uri(_server.Address, path), Ct);
            if (done(body))
            {
                return body;
            }
            await Task.Delay(50, Ct);
        }
        Assert.Fail($"{path} did not change within {Patience.TotalSeconds} s");
        return body;
    }

    private static async Task<bool> ReadUntilAsync(StreamReader reader, string line)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } read)
            {
                if (read == line)
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Fall through: not seen in time.
        }
        return false;
    }

    private async Task<int> RawStatusAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.Address.Port, Ct);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(Ct) ?? string.Empty;
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var code) ? code : -1;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
