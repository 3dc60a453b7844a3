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

    [Fact]
    public void Dev_set_meets_the_targets()
    {
        var dev = SharedFixtures.RequireOrSkip("dev")[0];
        var report = Evaluate(dev);
        Assert.True(report.Articles.Count >= 7);
        AssertTargets(report);
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
