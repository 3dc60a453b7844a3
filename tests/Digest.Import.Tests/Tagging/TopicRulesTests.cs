using Digest.Core.Diagnostics;
using Digest.Import.Tagging;

namespace Digest.Import.Tests.Tagging;

/// <summary>Each rule of the topic tagger on invented sentences and a small invented vocabulary.</summary>
public class TopicRulesTests
{
    private const string Topics = """
        - slug: energie
          label: Energie
          aliases: [Strom, energy]
          stems: [energie, energy]
        - slug: energiepreise
          label: Energiepreise
          stems: [energiepreis, strompreis]
        - slug: handel
          label: Handel
          aliases: [Handel, Zoll, tariff]
        - slug: sanktionen
          label: Sanktionen
          aliases: [Sanktion, sanction]
        - slug: hafen
          label: Hafen
          aliases: [Hafen, port]
        - slug: wetter
          label: Wetter
          aliases: [Wetter, Sturm, storm]
        - slug: eskalation
          label: Eskalation
          aliases: [escalate]
        - slug: wirtschaft
          label: Wirtschaft
          aliases: [economy]
        """;

    private static Vocabulary Invented(string topics = Topics, DiagnosticBag? diagnostics = null)
    {
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "topics.yml"), topics);
        return Vocabulary.Load(dir, diagnostics ?? new DiagnosticBag());
    }

    private static TopicChoice? Find(List<TopicChoice> choices, string slug) => choices.Find(c => c.Slug == slug);

    [Fact]
    public void German_compounds_find_their_topic_through_a_stem_at_the_start_or_the_end()
    {
        var tagger = new TopicTagger(Invented());
        var choices = tagger.Weigh([("Die Energiepolitik der Gemeinde setzt auf Atomenergie und Energiespeicher.", TopicPart.Body)]);
        Assert.Equal(["energiepolitik", "atomenergie", "energiespeicher"], Find(choices, "energie")!.Evidence);
    }

    [Fact]
    public void The_longest_stem_decides_between_two_topics()
    {
        var tagger = new TopicTagger(Invented());
        var choices = tagger.Weigh([("Die Energiepreise steigen, die Strompreise auch.", TopicPart.Body)]);
        Assert.Equal(["energiepreise", "strompreise"], Find(choices, "energiepreise")!.Evidence);
        Assert.Null(Find(choices, "energie"));
    }

    [Fact]
    public void Inflected_aliases_match_in_German_and_English()
    {
        var tagger = new TopicTagger(Invented());
        var choices = tagger.Weigh([("Neue Sanktionen gegen den Verband. The board was sanctioned; tariffs rose as the dispute kept escalating; both economies slowed.", TopicPart.Body)]);
        Assert.Equal(["sanktionen", "sanctioned"], Find(choices, "sanktionen")!.Evidence);
        Assert.Equal(["tariffs"], Find(choices, "handel")!.Evidence);
        Assert.Equal(["escalating"], Find(choices, "eskalation")!.Evidence);
        Assert.Equal(["economies"], Find(choices, "wirtschaft")!.Evidence);
    }

    [Fact]
    public void An_alias_as_the_head_of_a_compound_counts_half()
    {
        var model = TopicModel.Default;
        var tagger = new TopicTagger(Invented());
        var choices = tagger.Weigh([("Der Einzelhandel klagt.", TopicPart.Body)]);
        Assert.Equal(model.Weight(TopicPart.Body) * model.CompoundHeadFactor, Find(choices, "handel")!.Score);
    }

    [Fact]
    public void Headline_and_lead_weigh_more_than_the_body()
    {
        var tagger = new TopicTagger(Invented());
        var choices = tagger.Weigh([
            ("Sturm über dem Hafen", TopicPart.Title),
            ("Der Sturm erreichte am Morgen die Küste.", TopicPart.Lead),
            ("Im Hafen lagen viele Schiffe.", TopicPart.Body),
        ]);
        var model = TopicModel.Default;
        Assert.True(model.Weight(TopicPart.Title) > model.Weight(TopicPart.Lead) && model.Weight(TopicPart.Lead) > model.Weight(TopicPart.Body));
        Assert.Equal(model.Weight(TopicPart.Title) + model.Weight(TopicPart.Lead), Find(choices, "wetter")!.Score);
        Assert.Equal(model.Weight(TopicPart.Title) + model.Weight(TopicPart.Body), Find(choices, "hafen")!.Score);
        Assert.Equal(["wetter", "hafen"], tagger.Tag([("Sturm über dem Hafen", TopicPart.Title), ("Der Sturm erreichte am Morgen die Küste.", TopicPart.Lead), ("Im Hafen lagen viele Schiffe.", TopicPart.Body)]));
    }

    [Fact]
    public void A_role_word_names_the_field_of_a_person_and_counts_little()
    {
        var tagger = new TopicTagger(Invented(), roleHeads: ["experte", "economist"]);
        var choices = tagger.Weigh([("Das sagt der Energieexperte Udo Beispiel.", TopicPart.Lead)]);
        var energie = Find(choices, "energie")!;
        Assert.Equal(TopicModel.Default.Weight(TopicPart.Lead) * TopicModel.Default.RoleWordFactor, energie.Score);
        Assert.False(energie.Given);
    }

    [Fact]
    public void A_single_mention_in_the_body_is_not_enough_evidence()
    {
        var tagger = new TopicTagger(Invented());
        Assert.Empty(tagger.Tag([("Am Rand war auch vom Wetter die Rede.", TopicPart.Body)]));
        Assert.Equal(["wetter"], tagger.Tag([("Am Rand war auch vom Wetter die Rede.", TopicPart.Lead)]));
    }

    [Fact]
    public void Weak_topics_beyond_the_first_two_need_a_share_of_the_strongest()
    {
        (string, TopicPart)[] parts =
        [
            ("Sturm und Strom", TopicPart.Title),
            ("Der Sturm tobte, der Sturm zog weiter.", TopicPart.Lead),
            ("Der Hafen schloss, der Hafen öffnete, der Hafen blieb zu.", TopicPart.Body),
        ];
        Assert.Equal(["wetter", "energie", "hafen"], new TopicTagger(Invented()).Tag(parts));
        var strict = TopicModel.Parse("thresholds:\n  min_share: 0.5\n", "strict.yml", TopicModel.Default, new DiagnosticBag());
        var choices = new TopicTagger(Invented(), strict).Weigh(parts);
        Assert.Equal(["wetter", "energie"], choices.FindAll(c => c.Given).ConvertAll(c => c.Slug));
        var hafen = Find(choices, "hafen")!;
        Assert.True(hafen.Score >= strict.MinScore && hafen.Score < choices[0].Score * strict.MinShare);
    }

    [Fact]
    public void No_more_topics_than_the_cap_and_all_given_ones_stronger_than_the_rest()
    {
        var tagger = new TopicTagger(Invented());
        var text = "Sturm im Hafen, Strom und Zoll, Sanktion und economy, escalate.";
        var choices = tagger.Weigh([(text, TopicPart.Title), (text, TopicPart.Lead), (text, TopicPart.Body)]);
        var given = choices.FindAll(c => c.Given);
        Assert.Equal(TopicModel.Default.MaxTopics, given.Count);
        Assert.Equal(given, choices[..given.Count]);
    }

    [Fact]
    public void Ties_are_ordered_by_first_mention_and_the_result_is_the_same_every_time()
    {
        var tagger = new TopicTagger(Invented());
        (string, TopicPart)[] parts = [("Zoll und Sturm und Hafen", TopicPart.Title)];
        Assert.Equal(["handel", "wetter", "hafen"], tagger.Tag(parts));
        Assert.Equal(tagger.Tag(parts), tagger.Tag(parts));
    }

    [Fact]
    public void Stems_shorter_than_four_letters_are_refused_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var v = Invented("- slug: gas\n  label: Gas\n  stems: [gas, gasnetz]\n", diagnostics);
        Assert.Equal(["gasnetz"], v.Stems("gas"));
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("stem 'gas' of topic 'gas' is ignored", StringComparison.Ordinal));
        Assert.Equal(["gas"], new TopicTagger(v).Tag([("Das Gasnetz wird ausgebaut.", TopicPart.Lead)]));
    }
}
