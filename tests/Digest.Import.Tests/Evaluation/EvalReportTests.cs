using Digest.Import.Evaluation;
using Digest.Import.Model;
using Digest.Import.Tagging;

namespace Digest.Import.Tests.Evaluation;

/// <summary>What <c>digest eval-import</c> prints per article and overall for topics, people and the lead caption.</summary>
public class EvalReportTests
{
    private static ArticleScore ScoreInvented()
    {
        var gold = new GoldAnnotation { Title = "Hafenstreik legt Terminals lahm" };
        gold.Topics.AddRange(["Handel", "Arbeit", "Seeungeheuer"]);
        gold.People.AddRange(["Greta Beispiel", "Lars Muster"]);
        gold.Boilerplate.Add("Kräne stehen still am Kai");
        var article = new ImportedArticle
        {
            Title = "Hafenstreik legt Terminals lahm",
            Lang = "de",
            Body = "Der Streik dauert an.",
            Topics = ["handel", "verkehr"],
            People = ["Greta Beispiel", "Otto Falsch"],
            ImageCaption = "Kräne stehen still am Kai",
        };
        return ImportEvaluator.Score("hafen", article, gold, Vocabulary.Default);
    }

    [Fact]
    public void Topics_are_scored_by_precision_and_recall_with_misses_named()
    {
        var s = ScoreInvented();
        Assert.Equal(3, s.TopicsGold);
        Assert.Equal(2, s.TopicsPredicted);
        Assert.Equal(1, s.TopicsMatched);
        Assert.Equal(0.5, s.TopicPrecision);
        Assert.Equal(1.0 / 3, s.TopicRecall, 3);
        Assert.Equal(["arbeit"], s.TopicsMissed);
        Assert.Equal(["verkehr"], s.TopicsSpurious);
        Assert.Equal(["Seeungeheuer"], s.TopicsOutsideVocabulary);

        var text = new EvalReport([s]).Format();
        Assert.Contains("topics P 0.50 R 0.33 (1/3 gold, 2 found)", text);
        Assert.Contains("missed topic: arbeit", text);
        Assert.Contains("missed topic: \"Seeungeheuer\" (no vocabulary topic)", text);
        Assert.Contains("spurious topic: verkehr", text);
        Assert.Contains("topics P 0.50 R 0.33 F1 0.40 (1 gold labels outside the vocabulary)", text);
    }

    [Fact]
    public void People_precision_recall_and_the_caption_are_shown_per_article_and_overall()
    {
        var s = ScoreInvented();
        Assert.Equal(0.5, s.PeoplePrecision);
        Assert.Equal(0.5, s.PeopleRecall);
        var text = new EvalReport([s]).Format();
        Assert.Contains("people P 0.50 R 0.50 (1/2 gold, 2 found)", text);
        Assert.Contains("image.caption found", text);
        Assert.Contains("people P 0.50 R 0.50 F1 0.50", text);
        Assert.Contains("image.caption found 1 (1 a gold caption)", text);
    }

    [Fact]
    public void An_article_without_gold_topics_or_people_has_nothing_to_miss()
    {
        var article = new ImportedArticle { Lang = "en", Body = "Text." };
        var s = ImportEvaluator.Score("leer", article, new GoldAnnotation(), Vocabulary.Default);
        Assert.Equal(1, s.TopicPrecision);
        Assert.Equal(1, s.TopicRecall);
        Assert.Contains("image.caption -", new EvalReport([s]).Format());
    }
}
