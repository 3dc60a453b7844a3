using Digest.Core.Diagnostics;
using Digest.Import.Tagging;

namespace Digest.Import.Tests.Tagging;

public class TopicTaggerTests
{
    [Fact]
    public void Default_vocabulary_loads_and_resolves_labels_and_aliases()
    {
        var v = Vocabulary.Default;
        Assert.True(v.Topics.Count >= 40);
        Assert.Equal("nordkorea", v.Resolve("Nordkoreas"));
        Assert.Equal("nordkorea", v.Resolve("Pjöngjang"));
        Assert.Equal("ukraine-krieg", v.Resolve("Ukraine-Krieg"));
        Assert.Equal("konjunktur", v.Resolve("Recession"));
        Assert.Null(v.Resolve("Quantenschaum"));
    }

    [Fact]
    public void Default_aliases_belong_to_one_topic_each()
    {
        var seen = new Dictionary<string, string>();
        foreach (var t in Vocabulary.Default.Topics)
        {
            foreach (var a in t.Aliases.Append(t.Label))
            {
                var key = Digest.Core.Text.SearchFolding.Fold(a);
                Assert.True(!seen.TryGetValue(key, out var other) || other == t.Slug, $"alias '{a}' is in {t.Slug} and {other}");
                seen[key] = t.Slug;
            }
        }
    }

    [Fact]
    public void Tags_most_central_first_with_inflections()
    {
        var tagger = new TopicTagger(Vocabulary.Default);
        var slugs = tagger.Tag([
            ("Nordkoreas neue Raketentests", TopicPart.Title),
            ("Pjöngjang hat erneut Raketen getestet. Die nordkoreanische Führung droht mit Atomwaffen. Auch Südkorea reagierte.", TopicPart.Lead),
        ]);
        Assert.Equal("nordkorea", slugs[0]);
        Assert.Contains("atomwaffen", slugs);
        Assert.InRange(slugs.Count, TopicModel.Default.MinTopics, TopicModel.Default.MaxTopics);
    }

    [Fact]
    public void Uses_input_topics_yml_when_present()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "topics.yml"), "- slug: hafen\n  label: Hafen\n  aliases: [Häfen, Containerterminal]\n");
        var v = Vocabulary.Load(dir, new DiagnosticBag());
        Assert.Equal("hafen", Assert.Single(v.Topics).Slug);
        Assert.Equal(["hafen"], new TopicTagger(v).Tag([("Am Containerterminal stehen die Kräne still. Das Containerterminal ist leer.", TopicPart.Body)]));
    }

    [Fact]
    public void Without_topics_yml_the_default_is_used()
    {
        Assert.Same(Vocabulary.Default, Vocabulary.Load(TestPaths.TempDir(), new DiagnosticBag()));
    }
}
