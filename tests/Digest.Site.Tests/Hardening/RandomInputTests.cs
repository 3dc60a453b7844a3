using CsCheck;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Tests.TestSupport;
using Digest.TestSupport;

namespace Digest.Site.Tests.Hardening;

/// <summary>
/// Generated and mutated articles go through parsing and Markdown rendering (and, for a few, a whole build):
/// whatever the text, the outcome is an article or diagnostics, never an exception. DIGEST_FUZZ_SECONDS turns the
/// bounded run into a timed one (see tests/fuzz/run.sh).
/// </summary>
public class RandomInputTests
{
    private const string Path = "input/articles/zufall.md";

    private static readonly string[] Fragments =
    [
        "---\n", "title: ", "date: ", "2024-01-01", "2022-13-45", "topics: ", "experts: ", "[", "]", "{", "}", "\"", "'", ": ", "- ",
        "\n", "\r\n", "\t", "  ", "&a ", "*a", "!!str ", "|\n", ">\n", "#", "\\", "\uFEFF", "\0", "ä", "🙂",
        "> ", "* ", "1. ", "```\n", "~~~", "[x](", "](../../etc/passwd)", "![b](javascript:alert(1))", "<script>", "</div>", "<div>",
        "<img src=x onerror=alert(1)>", "*", "_", "**", "`", "|a|b|\n|-|-|\n", ":::\n", "[^1]", "[^1]: x\n", "<", ">", "&#0;", "\u202E",
    ];

    private static readonly Gen<string> Mutated =
        Gen.Int[0, 40].SelectMany(n => Gen.OneOf(Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]), Gen.String[Gen.Char, 0, 12]).Array[n])
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Articles =
        Gen.Select(Mutated, Mutated, Mutated, Gen.Bool, (front, extra, body, closed) =>
            "---\ntitle: " + front + "\ndate: 2024-01-01\n" + extra + (closed ? "\n---\n" : "\n") + body);

    private static string? Time => Environment.GetEnvironmentVariable("DIGEST_FUZZ_SECONDS");

    private static void Check(Gen<string> gen, Action<string> action, long defaultIterations)
    {
        if (Time is { } s && int.TryParse(s, out var seconds) && seconds > 0)
        {
            gen.Sample(action, time: seconds);
        }
        else
        {
            gen.Sample(action, iter: defaultIterations);
        }
    }

    /// <summary>Parses and renders one article text; throws only on a program fault.</summary>
    private static void ParseAndRender(string text)
    {
        var bag = new DiagnosticBag();
        var article = ArticleParser.Parse(text, Path, bag);
        Assert.True(article is not null || bag.HasErrors, "no article and no error");
        foreach (var d in bag.Sorted())
        {
            Assert.True(d.Line >= 0 && d.Column >= 0, d.ToString());
        }
        if (article is null)
        {
            return;
        }
        var entry = new ArticleEntry(article, "zufall", "de");
        var parsed = MarkdownRenderer.Parse(entry, bag);
        if (parsed is null)
        {
            Assert.True(bag.HasErrors);
            return;
        }
        var targets = new LinkTargets(
            new Dictionary<string, ArticleEntry> { ["zufall"] = entry },
            new HashSet<string>(),
            new Dictionary<string, ParsedBody> { ["zufall"] = parsed },
            new Dictionary<string, string>());
        var rendered = new MarkdownRenderer(allowUnsafeHtml: false).Render(entry, parsed, targets, bag);
        var main = Html.Parse("<main>" + rendered.Html + "</main>");
        Assert.Empty(main.QuerySelectorAll("script, iframe"));
    }

    [Fact]
    public void Generated_articles_parse_and_render_or_report_diagnostics()
    {
        Check(Articles, ParseAndRender, 1_500);
    }

    [Fact]
    public void Raw_random_text_parses_or_reports_diagnostics()
    {
        Check(Gen.OneOf(Mutated, Gen.String), ParseAndRender, 1_500);
    }

    [Fact]
    public void A_few_generated_sites_build_or_report_diagnostics()
    {
        Gen.Select(Articles, Articles, (a, b) => (a, b)).Sample(pair =>
        {
            using var site = new FixtureSite().File("articles/a.md", pair.a).File("articles/b.md", pair.b);
            var result = site.Build();
            Assert.True(result.Success || result.Diagnostics.Any(d => d.IsError));
            if (result.Success)
            {
                Assert.Empty(OutputInspection.LiveMarkup(site.Output));
            }
        }, iter: 8, threads: 1);
    }

    [Theory]
    // Regression cases found while writing this harness: each used to throw out of the build.
    [InlineData("---\ntitle: [a, b\ndate: 2024-01-01\n---\nText\n")]
    [InlineData("---\ntitle: {a: 1\ndate: 2024-01-01\n---\nText\n")]
    // Found by tests/fuzz/run.sh: a tag that is not a valid URI made the YAML scanner throw ArgumentException.
    [InlineData("---\ntitle: !<a b> x\ndate: 2024-01-01\n---\nText\n")]
    [InlineData("---\n%TAG ! a b\n---\ntitle: x\n")]
    [InlineData("---\ntitle: !a!b x\ndate: 2024-01-01\n---\nText\n")]
    public void Former_crashes_are_diagnostics(string text) => ParseAndRender(text);
}
