using Digest.TestSupport;
using System.Text.RegularExpressions;
using Digest.Cli.Serving;
using Digest.Cli.Tests.Install;
using Digest.Site;

namespace Digest.Cli.Tests.Serving;

/// <summary>
/// A site large enough to be served before its first full build (here any site: the threshold is set to one article):
/// the first pages come from front matter and bodies rendered on request, and must be the full build's.
/// </summary>
public sealed partial class DevServerEarlyTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "digest-serve-early-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly StringWriter _log = new();
    private DevServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Input => Path.Combine(_root, "input");

    public ValueTask InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleInput, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(RepoPaths.SampleInput, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var options = new BuildOptions { InputDir = Input, OutputDir = Path.Combine(_root, "output"), DefaultThemeDir = RepoPaths.Theme };
        _server = DevServer.Start(options, ServeSites.FreePort(), new ServeLog(TextWriter.Synchronized(_log)), earlyFrom: 1);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_first_pages_are_the_full_builds_and_a_later_edit_still_shows()
    {
        var article = _server.Current.Site!.Prepared.Index.Articles[0].OutputPath.Replace("index.html", string.Empty, StringComparison.Ordinal);
        var firstHome = await _http.GetStringAsync(new Uri(_server.Address, "/"), Ct);
        var firstArticle = await _http.GetStringAsync(new Uri(_server.Address, "/" + article), Ct);
        Assert.Contains("Lagebild", firstHome);

        await WaitForLogAsync("built ");
        Assert.Contains("ready in ", _log.ToString());
        Assert.Equal(WithoutVersion(firstHome), WithoutVersion(await _http.GetStringAsync(new Uri(_server.Address, "/"), Ct)));
        Assert.Equal(WithoutVersion(firstArticle), WithoutVersion(await _http.GetStringAsync(new Uri(_server.Address, "/" + article), Ct)));

        var source = Path.Combine(Input, _server.Current.Site!.Prepared.Index.Articles[0].Article.SourcePath);
        await File.AppendAllTextAsync(source, "\nEin eben angefügter Satz.\n", Ct);
        var deadline = DateTime.UtcNow + Patience;
        var shown = false;
        while (!shown && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
            shown = (await _http.GetStringAsync(new Uri(_server.Address, "/" + article), Ct)).Contains("Ein eben angefügter Satz.", StringComparison.Ordinal);
        }
        Assert.True(shown, "the edit did not show within the patience");
    }

    private async Task WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!_log.ToString().Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }
        Assert.Contains(text, _log.ToString());
    }

    /// <summary>The page as the site has it: the reload script's address names the version it was served from.</summary>
    private static string WithoutVersion(string html) => ReloadAddress().Replace(html, "reload.js");

    [GeneratedRegex(@"reload\.js\?v=\d+")]
    private static partial Regex ReloadAddress();
}
