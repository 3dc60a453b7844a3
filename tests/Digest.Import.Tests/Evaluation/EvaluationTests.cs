using Digest.Core.Diagnostics;
using Digest.Import.Evaluation;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.TestSupport;

namespace Digest.Import.Tests.Evaluation;

public class EvaluationTests(ITestOutputHelper output)
{
    private EvalReport Evaluate(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var report = ImportEvaluator.Run(folder, ArticleImporter.CreateDefault(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        output.WriteLine(report.Format());
        return report;
    }

    private static void AssertTargets(EvalReport report)
    {
        Assert.NotEmpty(report.Articles);
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        Assert.All(report.Articles, a => Assert.True(a.TitleOk, $"{a.Name}: title \"{a.TitleGot}\""));
        Assert.All(report.Articles, a => Assert.True(a.DateOk, $"{a.Name}: date {a.DateGot}"));
        Assert.True(report.ExpertF1 >= 0.9, $"expert F1 {report.ExpertF1:0.00}");
        Assert.All(report.Articles, a => Assert.Empty(a.Leaks));
        Assert.All(report.Articles, a => Assert.Empty(a.KeepsMissing));
        Assert.True(report.MeetsTargets);
    }

    /// <summary>
    /// The acceptance targets on both shared dev sets together (22 articles from 20 outlets): titles and dates ≥ 95 %,
    /// expert F1 ≥ 0.92, role and org agreement ≥ 90 %, at most one boilerplate leak, every kept sentence.
    /// People F1 has no target; it is reported in the test output.
    /// </summary>
    [Fact]
    public void Dev_sets_together_meet_the_targets()
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
        output.WriteLine($"people F1 {report.PeopleF1:0.00} (P {report.PeoplePrecision:0.00}, R {report.PeopleRecall:0.00})");
        Assert.True(report.Articles.Count >= 22);
        Assert.All(report.Articles, a => Assert.Null(a.Error));
        Assert.True(report.TitleRate >= EvalReport.MinTitleRate, $"titles {report.TitleRate:P0}");
        Assert.True(report.DateRate >= EvalReport.MinDateRate, $"dates {report.DateRate:P0}");
        Assert.True(report.ExpertF1 >= EvalReport.MinExpertF1, $"expert F1 {report.ExpertF1:0.00}");
        Assert.True(report.RoleAgreement >= EvalReport.MinAgreement, $"role agreement {report.RoleAgreement:0.00}");
        Assert.True(report.OrgAgreement >= EvalReport.MinAgreement, $"org agreement {report.OrgAgreement:0.00}");
        Assert.True(report.Leaks <= EvalReport.MaxLeaks, $"{report.Leaks} boilerplate leaks");
        Assert.All(report.Articles, a => Assert.Empty(a.KeepsMissing));
        Assert.True(report.MeetsTargets);
        // Topics have no acceptance target; this floor keeps them from sliding back (0.73 F1 before the tagger used structure).
        Assert.True(report.TopicPrecision >= 0.8 && report.TopicRecall >= 0.8, $"topics P {report.TopicPrecision:0.00} R {report.TopicRecall:0.00}");
    }

    [Fact]
    public void Own_fixtures_meet_the_targets()
    {
        var report = Evaluate(TestPaths.OwnRaw);
        Assert.Equal(3, report.Articles.Count);
        AssertTargets(report);
    }

    [Fact]
    public void Gold_title_or_date_missing_counts_only_with_a_draft()
    {
        var gold = new GoldAnnotation { Title = string.Empty, Date = string.Empty };
        var draft = new ImportedArticle { Lang = "de", Body = string.Empty, Missing = ["title", "date"] };
        var guessed = new ImportedArticle { Title = "Geraten", Date = new Digest.Core.Model.ArticleDate(2020, 1, 0, null, null), Lang = "de", Body = string.Empty };
        var vocabulary = Digest.Import.Tagging.Vocabulary.Default;
        var a = ImportEvaluator.Score("a", draft, gold, vocabulary);
        var b = ImportEvaluator.Score("b", guessed, gold, vocabulary);
        Assert.True(a.TitleOk && a.DateOk);
        Assert.False(b.TitleOk || b.DateOk);
    }
}
