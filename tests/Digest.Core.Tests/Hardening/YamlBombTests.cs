using Digest.Core.Diagnostics;
using Digest.Core.Yaml;

namespace Digest.Core.Tests.Hardening;

/// <summary>Alias bombs and absurd nesting end in a clear error, not a hang, an out-of-memory or a stack overflow.</summary>
public class YamlBombTests
{
    private static string AliasBomb()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }
        return yaml.ToString();
    }

    [Fact(Timeout = 10000)]
    public async Task An_alias_bomb_in_front_matter_is_refused()
    {
        var text = "---\ntitle: T\ndate: 2024-01-01\n" + AliasBomb() + "---\nText\n";
        var (article, diagnostics) = await Task.Run(() => HardeningParse.Article(text), TestContext.Current.CancellationToken);
        Assert.Null(article);
        Assert.Contains(diagnostics, d => d.IsError && d.Path == HardeningParse.Path && d.Line >= 1);
    }

    [Theory(Timeout = 10000)]
    [InlineData("flow-lists", 20_000)]
    [InlineData("flow-maps", 20_000)]
    // Block nesting needs one more space per level, so 2,000 levels are already 2 million characters.
    [InlineData("block-maps", 2_000)]
    [InlineData("block-lists", 2_000)]
    public async Task Twenty_thousand_levels_of_nesting_are_refused_without_overflowing(string shape, int depth)
    {
        var nested = shape switch
        {
            "flow-lists" => "extra: " + new string('[', depth) + new string(']', depth) + "\n",
            "flow-maps" => "extra: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
            "block-maps" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")),
            _ => "extra:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "-\n")),
        };
        var text = "---\ntitle: T\ndate: 2024-01-01\n" + nested + "---\nText\n";
        var (article, diagnostics) = await Task.Run(() => HardeningParse.Article(text), TestContext.Current.CancellationToken);
        Assert.Null(article);
        Assert.Contains(diagnostics, d => d.IsError && d.Line >= 1);
    }

    [Fact(Timeout = 10000)]
    public async Task The_reader_stops_at_its_alias_limit_directly()
    {
        var bag = new DiagnosticBag();
        var node = await Task.Run(() => YamlReader.Read(AliasBomb(), "site.yml", 0, bag), TestContext.Current.CancellationToken);
        Assert.Null(node);
        Assert.True(bag.HasErrors);
    }
}
