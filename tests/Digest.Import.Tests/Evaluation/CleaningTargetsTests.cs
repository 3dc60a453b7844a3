using Digest.Core.Diagnostics;
using Digest.Import.Evaluation;
using Digest.Import.Pipeline;

namespace Digest.Import.Tests.Evaluation;

/// <summary>
/// The cleaning, title and date targets on both shared dev sets (22 articles from 20 outlets), each in its own test so a
/// failure names the target; <see cref="EvaluationTests"/> asserts all targets, the expert ones included, together.
/// </summary>
public class CleaningTargetsTests(ITestOutputHelper output)
{
    private EvalReport EvaluateBoth()
    {
        var dev = SharedFixtures.Find("dev");
        var dev2 = SharedFixtures.Find("dev2");
        if (dev is null || dev2 is null)
        {
            Assert.Skip($"../shared/fixtures/dev and dev2 not found above {AppContext.BaseDirectory}: the shared gold sets are not part of this checkout");
        }
        var diagnostics = new DiagnosticBag();
        var report = ImportEvaluator.Run([dev, dev2], ArticleImporter.CreateDefault(), diagnostics);
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

    [Fact]
    public void Own_html_pages_meet_the_targets()
    {
        var diagnostics = new DiagnosticBag();
        var report = ImportEvaluator.Run(Path.Combine(TestPaths.OwnFixtures, "html"), ArticleImporter.CreateDefault(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        output.WriteLine(report.Format());
        Assert.True(report.Articles.Count >= 2);
        Assert.All(report.Articles, a => Assert.True(a.TitleOk && a.DateOk, $"{a.Name}: title \"{a.TitleGot}\", date {a.DateGot}"));
        Assert.Equal(0, report.Leaks);
        Assert.Equal(0, report.KeepsMissing);
        Assert.True(report.MeetsTargets);
    }
}
