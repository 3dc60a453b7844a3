using System.Text.Json;
using System.Text.RegularExpressions;
using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Commands;

public class CheckCommandTests
{
    private const string Good = "---\ntitle: \"Gut\"\ndate: 2024-01-01\ntopics: [nordkorea]\nsummary: \"Kurz.\"\n---\n\n## Hintergrund\n\nText.\n";

    [Fact]
    public void Errors_give_exit_code_1_and_located_lines()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-gut.md", Good);
        site.Write("articles/2024-01-02-kaputt.md", "---\ntitle: \"Kaputt\"\ndate: 2024-01-02\nsummary: \"Link.\"\n---\n\nSiehe [dort](2024-01-01-gut.md#fehlt).\n");
        var (exit, stdout, _) = site.Run("check", "--input", site.Input);
        Assert.Equal(ExitCodes.ContentError, exit);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(new Regex(@"^.+2024-01-02-kaputt\.md:7:7: error DG3103: .*#fehlt"), line);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));
    }

    [Fact]
    public void Warnings_only_give_exit_code_0()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-gut.md", Good.Replace("[nordkorea]", "[nordkorae]", StringComparison.Ordinal));
        var (exit, stdout, _) = site.Run("check", "--input", site.Input);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(":4:10: warning DG7001: topic 'nordkorae' is not in topics.yml; did you mean 'nordkorea'?", stdout);
    }

    [Fact]
    public void Json_format_is_an_array_of_objects_with_the_same_fields()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-gut.md", Good.Replace("\"Kurz.\"", "\"\"", StringComparison.Ordinal));
        var (exit, stdout, _) = site.Run("check", "--input", site.Input, "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var doc = JsonDocument.Parse(stdout);
        // Besides the empty summary, the site has no base_url, which the feeds warn about.
        var item = Assert.Single(doc.RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() != "DG5102");
        Assert.Equal(["code", "severity", "file", "line", "column", "message", "path"], item.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("2024-01-01-gut.md", item.GetProperty("file").GetString());
        Assert.Equal(item.GetProperty("file").GetString(), item.GetProperty("path").GetString());
        Assert.Equal(5, item.GetProperty("line").GetInt32());
        Assert.Equal(1, item.GetProperty("column").GetInt32());
        Assert.Equal("warning", item.GetProperty("severity").GetString());
        Assert.Equal("DG7004", item.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetString()));
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        using var site = new TempSite();
        var (exit, _, stderr) = site.Run("check", "--input", site.Input, "--format", "xml");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("digest: error DG9005: --format must be text or json", stderr);
    }

    [Fact]
    public void A_refused_check_in_json_is_an_array_holding_the_refusal()
    {
        using var site = new TempSite();
        var missing = Path.Combine(site.Root, "nirgends");
        var (exit, stdout, stderr) = site.Run("check", "--input", missing, "--format", "json");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("digest: error DG9010: input folder", stderr);
        using var doc = JsonDocument.Parse(stdout);
        var item = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("DG9010", item.GetProperty("code").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("file").ValueKind);
        Assert.Equal(0, item.GetProperty("line").GetInt32());
    }
}
