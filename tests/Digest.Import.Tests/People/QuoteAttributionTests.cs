using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>Quotations attributed across paragraphs and after indirect speech (invented texts).</summary>
public class QuoteAttributionTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    private static IReadOnlyList<string> QuotesOf(PeopleResult r, string name) => Assert.Single(r.Experts, e => e.Name == name).Quotes;

    [Fact]
    public void A_pronoun_and_verb_after_the_quote_point_to_the_expert_introduced_in_the_paragraph_before()
    {
        var r = Run(
            "Die Klimaforscherin Anna Beispielfeld von der Universität Nordstadt hat die Messreihen ausgewertet.",
            "„Die Sommer werden deutlich trockener“, sagt sie.");

        Assert.Equal(["Die Sommer werden deutlich trockener"], QuotesOf(r, "Anna Beispielfeld"));
    }

    [Fact]
    public void An_English_quote_with_he_said_goes_to_the_expert_named_before()
    {
        var r = Run(
            "Tom Sampleford, an economist at Example University, also told a radio station that prices would fall.",
            "\"The worst of the inflation is behind us,\" he said.");

        Assert.Equal(["The worst of the inflation is behind us,"], QuotesOf(r, "Tom Sampleford"));
    }

    [Fact]
    public void A_pronoun_attribution_wins_over_a_surname_in_the_next_sentence()
    {
        var r = Run(
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft erwartet steigende Preise.",
            "Die Ökonomin Erika Musterfrau von der Universität Südstadt sieht das anders.",
            "„Die Nachfrage bricht gerade ein“, betont sie. Beispielmann widerspricht.");

        Assert.Equal(["Die Nachfrage bricht gerade ein"], QuotesOf(r, "Erika Musterfrau"));
        Assert.Empty(QuotesOf(r, "Hans Beispielmann"));
    }

    [Fact]
    public void Indirect_speech_in_the_paragraph_before_gives_the_speaker_of_a_bare_quotation()
    {
        var r = Run(
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft warnt, die Lage sei ernster als gedacht.",
            "„Wir sehen die schwächsten Aufträge seit zehn Jahren.“");

        Assert.Equal(["Wir sehen die schwächsten Aufträge seit zehn Jahren."], QuotesOf(r, "Hans Beispielmann"));
    }

    [Fact]
    public void A_colon_ending_the_paragraph_before_introduces_the_quotation()
    {
        var r = Run(
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft formuliert es so:",
            "„Die Betriebe halten ihr Geld zusammen und warten ab.“");

        Assert.Equal(["Die Betriebe halten ihr Geld zusammen und warten ab."], QuotesOf(r, "Hans Beispielmann"));
    }

    [Fact]
    public void A_quotation_used_as_a_subheading_is_nobodys_quote()
    {
        var r = Run(
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft warnt, die Lage sei ernst.",
            "„Schwache Aufträge wie noch nie“",
            "Die Zahlen des Amtes zeigen einen Rückgang.");

        Assert.Empty(QuotesOf(r, "Hans Beispielmann"));
    }

    [Fact]
    public void A_bare_quotation_after_a_paragraph_that_reports_nobody_stays_unattributed()
    {
        var r = Run(
            "Der Ökonom Hans Beispielmann vom Nordstädter Institut für Wirtschaft hat neue Zahlen vorgelegt.",
            "Die Regierung will im Herbst entscheiden.",
            "„Wir warten die Daten ab.“");

        Assert.Empty(QuotesOf(r, "Hans Beispielmann"));
    }
}
