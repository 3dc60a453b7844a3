using System.Collections.Concurrent;
using System.Text;
using Digest.Cli.Serving;
using Digest.Site.Serving;

namespace Digest.Cli.Tests.Serving;

/// <summary>How saves become builds: editors that write a file in several steps, or through a rename.</summary>
public sealed class RebuildSchedulerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private const string ArticlePage = "articles/ein-artikel/index.html";

    private readonly TempSite _site = new();
    private readonly LiveSite _live;
    private readonly ConcurrentQueue<RebuildReport> _built = new();
    private readonly ConcurrentQueue<RebuildFailure> _failed = new();

    public RebuildSchedulerTests()
    {
        _site.Write("articles/2024-05-01-a.md", Article("Erster Text."));
        _live = new LiveSite(ServeSites.Options(_site));
        Assert.False(_live.Rebuild());
        _live.SiteRebuilt += _built.Enqueue;
        _live.SiteRebuildFailed += _failed.Enqueue;
    }

    private string ArticlePath => Path.Combine(_site.Input, "articles", "2024-05-01-a.md");

    public void Dispose()
    {
        _live.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_save_written_in_several_steps_builds_once_and_serves_the_final_text()
    {
        using var scheduler = new RebuildScheduler(_live);
        // As an editor that truncates the file and writes it in pieces: every state before the last is broken.
        await using (var file = new FileStream(ArticlePath, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            await file.FlushAsync(Ct);
            var text = Encoding.UTF8.GetBytes(Article("Der endgültige Text."));
            await file.WriteAsync(text.AsMemory(0, 20), Ct);
            await file.FlushAsync(Ct);
            await file.WriteAsync(text.AsMemory(20), Ct);
        }

        await WaitForPageAsync("Der endgültige Text.");
        // Long enough for a stray second build, or a held failure, to have come.
        await Task.Delay(RebuildScheduler.SettleTime * 3, Ct);

        Assert.Single(_built, r => r.Edited is null);
        Assert.Empty(_failed);
        Assert.Contains("Der endgültige Text.", Page());
    }

    [Fact]
    public async Task A_save_through_a_rename_is_picked_up_and_shown_ahead_of_the_full_rebuild()
    {
        using var scheduler = new RebuildScheduler(_live);
        var scratch = Path.Combine(_site.Input, "articles", ".2024-05-01-a.md.tmp");
        await File.WriteAllTextAsync(scratch, Article("Über eine Umbenennung gespeichert."), Ct);
        File.Move(scratch, ArticlePath, overwrite: true);

        await WaitForPageAsync("Über eine Umbenennung gespeichert.");
        var deadline = DateTime.UtcNow + Patience;
        while (!_built.Any(r => r.Edited is null) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }

        var edited = Assert.Single(_built, r => r.Edited is not null);
        Assert.EndsWith("2024-05-01-a.md", edited.Edited);
        Assert.Single(_built, r => r.Edited is null);
        Assert.Empty(_failed);
    }

    [Fact]
    public async Task A_save_that_stays_broken_is_reported_once_the_files_have_settled()
    {
        using var scheduler = new RebuildScheduler(_live);
        var good = _live.Current;

        await File.WriteAllTextAsync(ArticlePath, "---\ntitle: \"Nie fertig", Ct);

        var deadline = DateTime.UtcNow + Patience;
        while (_failed.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }
        var failure = Assert.Single(_failed);
        Assert.Contains(failure.Problems.Errors, d => d.Path.EndsWith("2024-05-01-a.md", StringComparison.Ordinal));
        Assert.Same(good.Site, _live.Current.Site);
        Assert.Same(failure.Problems, _live.Current.Problems);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Article(string body) => $"---\ntitle: \"Ein Artikel\"\ndate: 2024-05-01\nsummary: \"Kurz.\"\n---\n{body}\n";

    private string Page() => Encoding.UTF8.GetString(_live.Current.Site!.Get(ArticlePage)!);

    private async Task WaitForPageAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Page().Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the page never showed '{text}'");
            await Task.Delay(20, Ct);
        }
    }
}
