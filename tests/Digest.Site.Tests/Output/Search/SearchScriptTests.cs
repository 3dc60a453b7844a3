using Digest.TestSupport;
using System.Diagnostics;

namespace Digest.Site.Tests.Output.Search;

/// <summary>Runs the query-side tests of theme/assets/search.js with Node's test runner (search.test.js).</summary>
public class SearchScriptTests
{
    [Fact]
    public async Task Search_script_logic_passes_its_node_tests()
    {
        var node = FindNode();
        if (node is null)
        {
            Assert.Skip("node is not installed; the search script's query logic is not tested here");
        }
        var test = Path.Combine(AppContext.BaseDirectory, "Output", "Search", "search.test.js");
        var start = new ProcessStartInfo(node, ["--test", test])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DIGEST_SEARCH_JS"] = Path.Combine(RepoPaths.Theme, "assets", "search.js") },
        };
        using var process = Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = process.StandardError.ReadToEndAsync(token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stdout + await stderr);
    }

    private static string? FindNode()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "node");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
