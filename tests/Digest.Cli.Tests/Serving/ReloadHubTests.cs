using System.Text.Json;
using Digest.Cli.Serving;

namespace Digest.Cli.Tests.Serving;

/// <summary>The event streams of open pages, over a small site served on a free port.</summary>
public sealed class ReloadHubTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempSite _site = new();
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private DevServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Article => Path.Combine(_site.Input, "articles", "2024-05-01-a.md");

    public ValueTask InitializeAsync()
    {
        _site.Write("articles/2024-05-01-a.md", "---\ntitle: \"Ein Artikel\"\ndate: 2024-05-01\nsummary: \"Kurz.\"\n---\nText.\n");
        _server = DevServer.Start(ServeSites.Options(_site), ServeSites.FreePort(), new ServeLog(TextWriter.Null));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public void Problems_travel_as_one_json_line_whatever_they_contain()
    {
        string[] problems = ["a.md:1:1: error: \"quoted\"\nand a second line", "ü </script>"];

        var lines = ReloadHub.ProblemsEvent(problems).Split('\n');

        Assert.Equal(["event: problems", lines[1], "", ""], lines);
        Assert.StartsWith("data: ", lines[1]);
        Assert.Equal(problems, JsonSerializer.Deserialize(lines[1]["data: ".Length..], ProblemLines.Default.StringArray));
    }

    [Fact]
    public async Task A_page_served_before_the_newest_build_is_told_to_reload_when_it_connects()
    {
        var version = _server.Current.Version;
        using var reader = await OpenAsync("?v=" + (version - 1));

        Assert.Equal("data: " + version, await ReadAfterAsync(reader, "event: reload"));
    }

    [Fact]
    public async Task A_page_of_the_newest_build_waits_and_every_open_page_reloads_after_a_save()
    {
        var version = _server.Current.Version;
        using var first = await OpenAsync("?v=" + version);
        using var second = await OpenAsync("?v=" + version);
        Assert.Equal(2, _server.Hub.Listeners);

        await File.AppendAllTextAsync(Article, "\nNoch ein Absatz.\n", Ct);

        Assert.Equal("data: " + (version + 1), await ReadAfterAsync(first, "event: reload"));
        Assert.Equal("data: " + (version + 1), await ReadAfterAsync(second, "event: reload"));
    }

    [Fact]
    public async Task An_edit_reloads_the_edited_page_once_and_not_the_pages_it_leaves_the_same()
    {
        var version = _server.Current.Version;
        using var edited = await OpenAsync($"?v={version}&p=%2Farticles%2Fein-artikel%2F");
        using var archive = await OpenAsync($"?v={version}&p=%2Farchive%2F");

        await File.AppendAllTextAsync(Article, "\nNoch ein Absatz.\n", Ct);
        Assert.Equal("event: reload", await NextEventAsync(edited));
        // The edit is shown ahead of the full rebuild; both are done once two versions have been served.
        var deadline = DateTime.UtcNow + Patience;
        while (_server.Current.Version < version + 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }
        Assert.Equal(version + 2, _server.Current.Version);
        // A broken save afterwards: its problems are the next event either page gets, so no reload came in between.
        await File.WriteAllTextAsync(Path.Combine(_site.Input, "articles", "2024-05-02-halb.md"), "---\ntitle: \"Halb", Ct);

        Assert.Equal("event: problems", await NextEventAsync(edited));
        Assert.Equal("event: problems", await NextEventAsync(archive));
    }

    [Fact]
    public async Task A_failed_build_sends_its_problems_to_open_pages_and_to_pages_that_connect_later()
    {
        using var open = await OpenAsync("?v=" + _server.Current.Version);

        await File.WriteAllTextAsync(Path.Combine(_site.Input, "articles", "2024-05-02-halb.md"), "---\ntitle: \"Halb", Ct);

        var sent = await ReadAfterAsync(open, "event: problems");
        using var later = await OpenAsync("?v=" + _server.Current.Version);
        var resent = await ReadAfterAsync(later, "event: problems");
        var problems = JsonSerializer.Deserialize(sent!["data: ".Length..], ProblemLines.Default.StringArray);
        Assert.Contains(problems!, p => p.Contains("2024-05-02-halb.md", StringComparison.Ordinal));
        Assert.Equal(sent, resent);
    }

    [Fact]
    public async Task A_page_that_went_away_stops_being_a_listener()
    {
        var stream = await OpenAsync("?v=" + _server.Current.Version);
        Assert.Equal(1, _server.Hub.Listeners);
        stream.Dispose();

        var deadline = DateTime.UtcNow + Patience;
        for (var i = 0; _server.Hub.Listeners > 0 && DateTime.UtcNow < deadline; i++)
        {
            // Only a message that cannot be delivered shows the page is gone.
            await File.AppendAllTextAsync(Article, $"\nAbsatz {i}.\n", Ct);
            await Task.Delay(300, Ct);
        }
        Assert.Equal(0, _server.Hub.Listeners);
    }

    private async Task<StreamReader> OpenAsync(string query)
    {
        var response = await _http.GetAsync(new Uri(_server.Address, ReloadScript.EventsPath + query), HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
    }

    /// <summary>The next event's name line (<c>event: reload</c>), or null when none comes in time.</summary>
    private static async Task<string?> NextEventAsync(StreamReader reader)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } read)
            {
                if (read.StartsWith("event: ", StringComparison.Ordinal))
                {
                    return read;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Fall through: none in time.
        }
        return null;
    }

    /// <summary>The line after <paramref name="line"/> (an event's data), or null when it does not come in time.</summary>
    private static async Task<string?> ReadAfterAsync(StreamReader reader, string line)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } read)
            {
                if (read == line)
                {
                    return await reader.ReadLineAsync(timeout.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Fall through: not seen in time.
        }
        return null;
    }
}
