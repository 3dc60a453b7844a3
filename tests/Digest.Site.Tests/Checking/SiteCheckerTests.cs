using Digest.Core.Diagnostics;
using Digest.Site.Checking;
using Digest.TestSupport;

namespace Digest.Site.Tests.Checking;

/// <summary>Runs <c>digest check</c>'s library on fixture sites that contain one of each problem.</summary>
public class SiteCheckerTests
{
    private static readonly Lazy<CheckResult> Problems = new(() => Check("problems"));

    private static CheckResult Check(string fixture)
    {
        var input = Path.Combine(RepoPaths.Root, "tests", "Digest.Site.Tests", "Checking", "Fixtures", fixture);
        return SiteChecker.Check(new BuildOptions
        {
            InputDir = input,
            OutputDir = Path.Combine(Path.GetTempPath(), "digest-check-never-written"),
            DefaultThemeDir = RepoPaths.Theme,
            Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
    }

    private static Diagnostic Single(string file, DiagnosticCode code)
    {
        var found = Problems.Value.Diagnostics.Where(d => d.Path.EndsWith("/" + file, StringComparison.Ordinal) && d.Code == code).ToList();
        return Assert.Single(found);
    }

    [Fact]
    public void Unknown_topic_gets_a_did_you_mean_at_its_line()
    {
        var d = Single("2024-01-02-tippfehler.md", DiagnosticCodes.UnknownTopic);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(4, d.Line);
        Assert.Contains("did you mean 'nordkorea'?", d.Message);
    }

    [Fact]
    public void Aliases_count_as_known_topics()
    {
        Assert.DoesNotContain(Problems.Value.Diagnostics, d => d.Path.EndsWith("2024-01-05-leer.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.UnknownTopic);
    }

    [Fact]
    public void Same_expert_spelled_two_ways_is_reported_at_the_odd_spelling()
    {
        var found = Problems.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.ExpertSpelling).OrderBy(d => d.Line).ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.EndsWith("2024-01-03-experten.md", d.Path));
        Assert.Equal(6, found[0].Line);
        Assert.Contains("'Lena Marquart' looks like 'Dr. Lena Marquardt'", found[0].Message);
        Assert.Equal(7, found[1].Line);
        Assert.Contains("'Jorg Muller' is written 'Jörg Müller'", found[1].Message);
    }

    [Fact]
    public void Images_without_alt_text_are_reported_in_front_matter_and_body()
    {
        var found = Problems.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImageWithoutAlt).OrderBy(d => d.Line).ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.EndsWith("2024-01-04-bilder.md", d.Path));
        Assert.Equal((5, 8), (found[0].Line, found[0].Column));
        Assert.Equal((10, 1), (found[1].Line, found[1].Column));
    }

    [Fact]
    public void Empty_summary_is_reported_at_its_line()
    {
        var d = Single("2024-01-05-leer.md", DiagnosticCodes.EmptySummary);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void Duplicate_slugs_are_reported_on_the_newer_article()
    {
        var d = Single("2024-01-08-doppelt-b.md", DiagnosticCodes.ArticleSlugTaken);
        // The slug is made from the title, so that is where the warning points.
        Assert.Equal((2, 8), (d.Line, d.Column));
        Assert.Contains("gleicher-titel-2", d.Message);
    }

    [Fact]
    public void Broken_internal_links_are_errors_at_their_position()
    {
        var found = Problems.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenAnchor || d.Code == DiagnosticCodes.BrokenArticleLink).OrderBy(d => d.Line).ToList();
        Assert.Equal([DiagnosticCodes.BrokenAnchor, DiagnosticCodes.BrokenAnchor, DiagnosticCodes.BrokenArticleLink], found.Select(d => d.Code));
        Assert.Equal([7, 9, 11], found.Select(d => d.Line));
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(found, d => Assert.Equal(5, d.Column));
        Assert.Contains("#nirgends", found[0].Message);
        Assert.Contains("#fehlt", found[1].Message);
        Assert.Contains("gibt-es-nicht.md", found[2].Message);
        Assert.True(Problems.Value.HasErrors);
    }

    [Fact]
    public void A_clean_article_gets_no_diagnostics()
    {
        Assert.DoesNotContain(Problems.Value.Diagnostics, d => d.Path.EndsWith("2024-01-01-gut.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_alone_are_not_errors()
    {
        var result = Check("warnings-only");
        Assert.NotEmpty(result.Diagnostics);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Json_has_one_object_per_diagnostic_with_all_fields()
    {
        var json = DiagnosticJson.Write(Problems.Value.Diagnostics);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Problems.Value.Diagnostics.Count, doc.RootElement.GetArrayLength());
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(["code", "severity", "file", "line", "column", "message", "path"], item.EnumerateObject().Select(p => p.Name));
            Assert.Contains(item.GetProperty("severity").GetString(), new[] { "error", "warning" });
            Assert.NotNull(DiagnosticCodes.Find(item.GetProperty("code").GetString()!));
            Assert.Equal(item.GetProperty("path").GetString(), item.GetProperty("file").GetString());
        }
    }
}
