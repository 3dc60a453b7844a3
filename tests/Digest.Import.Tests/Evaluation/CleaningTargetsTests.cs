using Digest.Core.Diagnostics;
using Digest.Import.Evaluation;
using Digest.Import.Pipeline;
using Digest.TestSupport;

namespace Digest.Import.Tests.Evaluation;

/// <summary>
/// The cleaning, title and date targets on both shared dev sets (22 articles from 20 outlets), each in its own test so a
/// failure names the target; <see cref="EvaluationTests"/> asserts all targets, the expert ones included, together.
/// </summary>
public class CleaningTargetsTests(ITestOutputHelper output)
{
    private EvalReport EvaluateBoth()
    {
        var sets = SharedFixtures.RequireOrSkip("dev", "dev2");
        var diagnostics = new DiagnosticBag();
        var report = ImportEvaluator.Run(sets, ArticleImporter.CreateDefault(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        output.WriteLine(report.Format());
        Assert.True(report.Articles.Count >= 22);
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        return report;
    }

    [Fact]
    public void At_most_one_boilerplate_leak_in_both_dev_sets()
    {
        var report = EvaluateBoth();
        Assert.True(report.Leaks <= EvalReport.MaxLeaks, $"{report.Leaks} leaks");
    }

    [Fact]
    public void Every_kept_sentence_survives_the_cleaning()
    {
        var report = EvaluateBoth();
        Assert.All(report.Articles, a => Assert.Empty(a.KeepsMissing));
    }

    [Fact]
    public void Titles_and_dates_are_right_for_95_percent()
    {
        var report = EvaluateBoth();
        Assert.True(report.TitleRate >= EvalReport.MinTitleRate, $"titles {report.TitlesRight}/{report.Articles.Count}");
        Assert.True(report.DateRate >= EvalReport.MinDateRate, $"dates {report.DatesRight}/{report.Articles.Count}");
    }

    [Fact]
    public void Lead_captions_found_are_captions()
    {
        var report = EvaluateBoth();
        Assert.True(report.CaptionsFound >= 1);
        Assert.Equal(report.CaptionsFound, report.CaptionsInGold);
    }

    [Fact]
    public void People_figures_are_reported()
    {
        var report = EvaluateBoth();
        Assert.InRange(report.PeopleF1, 0, 1);
        Assert.Contains("people P ", report.Format());
        Assert.Contains("image.caption found ", report.Format());
    }

    private EvalReport EvaluateOwnPages()
    {
        var diagnostics = new DiagnosticBag();
        var report = ImportEvaluator.Run(Path.Combine(TestPaths.OwnFixtures, "html"), ArticleImporter.CreateDefault(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        output.WriteLine(report.Format());
        // Ten saved pages in the shapes of news sites: JSON-LD (object, array, @graph with @id authors), Open Graph
        // only, microdata, <time> and a visible byline only, live tickers, consent overlays, paywalls, teasers, author boxes.
        Assert.True(report.Articles.Count >= 10, $"{report.Articles.Count} pages with gold");
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        return report;
    }

    [Fact]
    public void Own_html_pages_have_every_title_and_date_right()
    {
        var report = EvaluateOwnPages();
        Assert.All(report.Articles, a => Assert.True(a.TitleOk && a.DateOk, $"{a.Name}: title \"{a.TitleGot}\", date {a.DateGot}"));
    }

    [Fact]
    public void Own_html_pages_leak_no_boilerplate_and_keep_every_sentence()
    {
        var report = EvaluateOwnPages();
        Assert.All(report.Articles, a => Assert.True(a.Leaks.Count == 0, $"{a.Name}: leaks {string.Join(" | ", a.Leaks)}"));
        Assert.All(report.Articles, a => Assert.True(a.KeepsMissing.Count == 0, $"{a.Name}: missing {string.Join(" | ", a.KeepsMissing)}"));
    }

    [Fact]
    public void Own_html_pages_give_experts_their_roles_and_organisations()
    {
        // Expert recall is the people extraction's (measured in RESULTS.md); what the page reader hands it must keep
        // the roles and organisations that the text names with each expert found.
        var report = EvaluateOwnPages();
        Assert.True(report.RoleAgreement >= EvalReport.MinAgreement, $"role agreement {report.RoleAgreement:0.00}");
        Assert.True(report.OrgAgreement >= EvalReport.MinAgreement, $"org agreement {report.OrgAgreement:0.00}");
    }

    [Fact]
    public void Own_html_pages_get_the_topics_an_editor_gave_them()
    {
        // 0.50 precision and 0.44 recall before the tagger used structure and stems and the default vocabulary had
        // general domestic topics (education, housing, pensions, weather); a floor, not a target.
        var report = EvaluateOwnPages();
        Assert.True(report.TopicPrecision >= 0.7 && report.TopicRecall >= 0.7, $"topics P {report.TopicPrecision:0.00} R {report.TopicRecall:0.00}");
    }
}
