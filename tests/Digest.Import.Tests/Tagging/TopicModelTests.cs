using Digest.Core.Diagnostics;
using Digest.Import.Data;
using Digest.Import.Pipeline;
using Digest.Import.Tagging;

namespace Digest.Import.Tests.Tagging;

public class TopicModelTests
{
    [Fact]
    public void Shipped_model_loads_cleanly_with_a_value_for_every_setting()
    {
        var diagnostics = new DiagnosticBag();
        var model = TopicModel.Parse(EmbeddedData.Read("topic-model.yml"), "Data/topic-model.yml", null, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        foreach (var name in TopicModel.SettingNames)
        {
            Assert.True(model.Values.ContainsKey(name), $"no value for {name}");
        }
        // The headline and the lead say more than the body; a role word says less than a plain mention.
        Assert.True(model.Weight(TopicPart.Title) > model.Weight(TopicPart.Lead));
        Assert.True(model.Weight(TopicPart.Lead) > model.Weight(TopicPart.Body));
        Assert.True(model.RoleWordFactor < model.CompoundHeadFactor && model.CompoundHeadFactor < model.AliasFactor);
        // One mention in the body is no evidence; one in the headline is.
        Assert.True(model.Weight(TopicPart.Body) < model.MinEvidence && model.Weight(TopicPart.Title) >= model.MinEvidence);
        Assert.InRange(model.MinTopics, 1, model.MaxTopics);
        Assert.Equal(5, model.MaxTopics);
    }

    [Fact]
    public void An_override_changes_only_the_values_it_gives_and_reports_unknown_names_and_bad_numbers()
    {
        var diagnostics = new DiagnosticBag();
        var model = TopicModel.Parse("weights:\n  title: 5\n  sparkle: 2\nthresholds:\n  max_topics: drei\n", "m.yml", TopicModel.Default, diagnostics);
        var messages = string.Join("\n", diagnostics.Sorted());
        Assert.Contains("unknown setting 'weights.sparkle'", messages);
        Assert.Contains("'thresholds.max_topics' is not a number", messages);
        Assert.Equal(5, model.Weight(TopicPart.Title));
        Assert.Equal(TopicModel.Default.Weight(TopicPart.Lead), model.Weight(TopicPart.Lead));
        Assert.Equal(TopicModel.Default.MaxTopics, model.MaxTopics);
    }

    [Fact]
    public void The_input_folder_can_override_the_model()
    {
        var input = TestPaths.TempDir();
        Directory.CreateDirectory(Path.Combine(input, "import"));
        File.WriteAllText(Path.Combine(input, "import", "topic-model.yml"), "thresholds:\n  max_topics: 1\n");
        var text = "Streik im Hafen legt Handel lahm\n\nDie Gewerkschaft hat zum Streik aufgerufen. Im Hafen stehen die Kräne still, der Handel mit Containern stockt, und der Streik soll bis Freitag dauern.\n\nDie Reedereien warnen vor Folgen für Lieferketten und Handel.\n";
        var diagnostics = new DiagnosticBag();
        var capped = ArticleImporter.ForInput(input, diagnostics).ImportText(text);
        Assert.Empty(diagnostics.Sorted());
        Assert.Single(capped.Topics);
        var shipped = ArticleImporter.CreateDefault().ImportText(text);
        Assert.True(shipped.Topics.Count > 1);
        Assert.Equal(shipped.Topics[0], capped.Topics[0]);
    }
}
