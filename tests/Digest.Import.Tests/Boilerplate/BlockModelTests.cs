using Digest.Core.Diagnostics;
using Digest.Import.Boilerplate;
using Digest.Import.Data;

namespace Digest.Import.Tests.Boilerplate;

public class BlockModelTests
{
    [Fact]
    public void Shipped_model_loads_cleanly_with_a_weight_for_every_feature()
    {
        var diagnostics = new DiagnosticBag();
        var model = BlockModel.Parse(EmbeddedData.Read("block-model.yml"), "Data/block-model.yml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.True(model.Threshold > 0);
        foreach (var name in BlockModel.FeatureNames)
        {
            Assert.True(model.Weights.ContainsKey(name), $"no weight for {name}");
        }
        // Running text must speak against debris, position above the headline for it.
        Assert.True(model.Weight("sentence") < 0);
        Assert.True(model.Weight("between_content") < 0);
        Assert.True(model.Weight("before_headline") >= model.Threshold - model.Weight("sentence"));
    }

    [Fact]
    public void Unknown_features_and_bad_numbers_are_reported()
    {
        var diagnostics = new DiagnosticBag();
        var model = BlockModel.Parse("threshold: zwei\nweights:\n  sentence: -3\n  sparkle: 4\n", "m.yml", diagnostics);
        var messages = string.Join("\n", diagnostics.Sorted());
        Assert.Contains("'zwei' is not a number", messages);
        Assert.Contains("unknown feature 'sparkle'", messages);
        Assert.Contains("feature 'short' has no weight", messages);
        Assert.Equal(-3, model.Weight("sentence"));
        Assert.Equal(0, model.Weight("sparkle"));
    }

    [Fact]
    public void A_missing_weight_is_reported_under_weights_and_a_model_that_is_no_map_where_it_is()
    {
        var diagnostics = new DiagnosticBag();
        BlockModel.Parse("threshold: 2\nbias: 0\nweights:\n  sentence: -3\n", "m.yml", diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.ToString() == "m.yml:3:1: warning DG6007: feature 'short' has no weight; it counts 0");

        var list = new DiagnosticBag();
        BlockModel.Parse("# a model\n- 1\n- 2\n", "m.yml", list);
        Assert.Equal("m.yml:2:1: error DG6005: expected threshold, bias and weights", Assert.Single(list.Sorted()).ToString());

        var empty = new DiagnosticBag();
        BlockModel.Parse("", "m.yml", empty);
        Assert.Equal("m.yml: error DG6005: expected threshold, bias and weights", Assert.Single(empty.Sorted()).ToString());
    }
}
