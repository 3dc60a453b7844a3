using System.Text;
using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>
/// Huge or absurdly nested bodies build or fail with a located error; none may overflow the stack (which would end
/// the whole process) or hang. Timeouts here only guard against hangs; they are not speed checks.
/// </summary>
public class LargeInputTests
{
    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static async Task<BuildResult> BuildWithBody(FixtureSite site, string body, CancellationToken cancellation)
    {
        site.Article("2024-01-01-gross", "Gross", "2024-01-01", body: body).Article("2024-01-02-klein", "Klein", "2024-01-02");
        return await Task.Run(() => site.Build(), cancellation);
    }

    [Fact(Timeout = 60000)]
    public async Task A_five_megabyte_article_builds()
    {
        using var site = new FixtureSite();
        var paragraph = "Ein Absatz mit *Betonung*, **Fett**, `Code` und einem [Link](https://example.org/a).\n\n";
        var result = await BuildWithBody(site, "## Anfang\n\n" + Repeat(paragraph, 5_000_000 / paragraph.Length), TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.True(new FileInfo(Path.Combine(site.Output, "articles/gross/index.html")).Length > 5_000_000);
    }

    [Fact(Timeout = 60000)]
    public async Task Very_long_lines_build()
    {
        using var site = new FixtureSite();
        var result = await BuildWithBody(site, Repeat("Wort ", 400_000) + "\n\n" + Repeat("x", 1_000_000) + "\n\n| a | b |\n|---|---|\n| " + Repeat("y", 200_000) + " | z |\n", TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    public static TheoryData<string, string> Nested => new()
    {
        { "50,000 nested quotes", Repeat(">", 50_000) + " tief" },
        { "50,000 spaced quotes", Repeat("> ", 50_000) + "tief" },
        { "3,000-deep bullet list", string.Join("\n", Enumerable.Range(0, 3_000).Select(i => Repeat("  ", i) + "- x")) },
        { "3,000-deep ordered list", string.Join("\n", Enumerable.Range(0, 3_000).Select(i => Repeat("   ", i) + "1. x")) },
        { "50,000 list markers on a line", Repeat("- ", 50_000) + "x" },
        { "50,000 ordered list markers on a line", Repeat("1. ", 50_000) + "x" },
        { "quotes inside lists", Repeat(">1. ", 50_000) + "x" },
        { "50,000 open brackets", Repeat("[", 50_000) + "a" + Repeat("]", 50_000) },
        { "50,000 nested links", Repeat("[", 50_000) + "a" + Repeat("](b.md)", 50_000) },
        { "50,000 nested images", Repeat("![", 50_000) + "a" + Repeat("](b.png)", 50_000) },
        { "50,000 stars", Repeat("*", 50_000) + "a" + Repeat("*", 50_000) },
        { "nested emphasis", Repeat("*a _b ", 20_000) + "c" + Repeat(" d_ e*", 20_000) },
        { "nested strikethrough", Repeat("~~a ", 20_000) + "b" + Repeat(" c~~", 20_000) },
        { "nested containers", string.Join("\n", Enumerable.Range(0, 1_500).Select(i => Repeat(":", 1_503 - i))) + "\nx" },
        { "50,000 nested divs", Repeat("<div>", 50_000) + "x" + Repeat("</div>", 50_000) },
        { "50,000 nested spans", Repeat("<span>", 50_000) + "x" + Repeat("</span>", 50_000) },
        { "50,000 tabs", Repeat("\t", 50_000) + "x" },
    };

    [Theory(Timeout = 60000)]
    [MemberData(nameof(Nested))]
    public async Task Absurd_nesting_is_a_located_error_not_a_crash(string shape, string body)
    {
        using var site = new FixtureSite();
        var result = await BuildWithBody(site, body, TestContext.Current.CancellationToken);
        Assert.False(result.Success, shape);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("2024-01-01-gross.md", error.Path);
        // The body starts on line 5; line-based limits point at the first line that is too deep.
        Assert.InRange(error.Line, 5, 5 + 3_000);
        Assert.True(error.Column >= 1);
        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void Moderate_real_world_nesting_still_builds()
    {
        using var site = new FixtureSite();
        var lists = string.Join("\n", Enumerable.Range(0, 10).Select(i => Repeat("  ", i) + "- Ebene " + i));
        var html = Repeat("<div>", 20) + "innen" + Repeat("</div>", 20);
        var result = site.Article("a", "A", "2024-01-01", body: "> > > Zitat\n\n" + lists + "\n\n" + html + "\n\n*a **b _c_ b** a* [x [y] z](https://example.org)\n\n<p>a<p>b<br><img src=\"x.png\"><hr>").Build();
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
