using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>Introductions of experts in shapes that news articles of any outlet use (invented sentences).</summary>
public class ExpertShapesTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void English_role_of_a_field_at_an_organisation()
    {
        var r = Run("Marta Example, senior director of economic research at the Example Board, said growth would slow.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Marta Example", e.Name);
        Assert.Equal("senior director of economic research", e.Role);
        Assert.Equal("Example Board", e.Org);
    }

    [Fact]
    public void English_professor_of_a_subject_takes_the_organisation_after_at()
    {
        var r = Run("\"The pressure will grow,\" said Tomas Sample, professor of naval history in northern Europe at Sample College Oslo.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("professor of naval history in northern Europe", e.Role);
        Assert.Equal("Sample College Oslo", e.Org);
    }

    [Fact]
    public void A_director_of_a_non_research_field_is_still_no_expert()
    {
        var r = Run("Marta Example, director of communications at the Example Board, said the report was delayed.");
        Assert.Empty(r.Experts);
        Assert.Contains("Marta Example", r.People);
    }

    [Fact]
    public void Surname_apposition_adds_the_organisation_to_the_full_name()
    {
        var r = Run("The economist Carl Sampleman expects a downturn.", "Sampleman, a professor at Example University, said so on Monday.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Carl Sampleman", e.Name);
        Assert.Equal("Example University", e.Org);
    }

    [Fact]
    public void Surname_apposition_without_a_full_name_names_nobody()
    {
        var r = Run("Meanwhile, analysts at the bank expect a downturn.", "Sampleman, a professor at Example University, said so.");
        Assert.Empty(r.Experts);
    }

    [Fact]
    public void Plural_apposition_after_two_names_makes_both_experts()
    {
        var r = Run("\"We expect a slowdown,\" wrote Ravi Example and Mira Sample, the co-founders of the Example Forecasting Institute, in a column.");
        Assert.Equal(["Ravi Example", "Mira Sample"], r.Experts.Select(e => e.Name));
        Assert.All(r.Experts, e => Assert.Equal("co-founder", e.Role));
        Assert.All(r.Experts, e => Assert.Equal("Example Forecasting Institute", e.Org));
    }

    [Fact]
    public void German_role_and_long_organisation_before_a_comma_and_the_name()
    {
        var r = Run("Der Iran-Experte vom Institute for Regional and Security Studies in Genf, Samuel Beispiel, warnt vor einer Eskalation.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Samuel Beispiel", e.Name);
        Assert.Equal("Iran-Experte", e.Role);
        Assert.StartsWith("Institute for Regional and Security Studies", e.Org);
    }

    [Fact]
    public void German_role_with_an_abbreviated_institute_before_the_name()
    {
        var r = Run("Das sagte der Direktor des schwedischen Konjunkturforschungsinstituts (Kofi), Lars Muster, am Montag.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Lars Muster", e.Name);
        Assert.Equal("Direktor", e.Role);
        Assert.Equal("schwedischen Konjunkturforschungsinstituts (Kofi)", e.Org);
    }

    [Fact]
    public void German_specialised_lawyer_of_a_firm_before_the_name()
    {
        var r = Run("Das sei zu wenig, sagt der auf Handelsrecht spezialisierte Jurist der Kanzlei Beispiel, Olivier Muster.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Olivier Muster", e.Name);
        Assert.Equal("Kanzlei Beispiel", e.Org);
    }

    [Fact]
    public void German_professor_for_a_field_before_a_three_part_name()
    {
        var r = Run("„Das wird teuer“, sagt die Professorin für Global Health Anna Maria Beispiel.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Anna Maria Beispiel", e.Name);
        Assert.Equal("Professorin für Global Health", e.Role);
        Assert.Null(e.Org);
    }

    [Fact]
    public void A_following_sentence_with_a_pronoun_gives_the_organisation()
    {
        var r = Run("„Das wird teuer“, sagt die Klimaforscherin Anna Beispiel. Sie forscht an der Hochschule Beispielstadt zu Hitze.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Hochschule Beispielstadt", e.Org);
    }

    [Fact]
    public void A_role_with_an_institute_but_no_name_refers_to_the_expert_just_named()
    {
        var r = Run("Nach Ansicht des Klimaforschers Max Beispiel wird es heißer. „Das ist gefährlich“, sagt der Meteorologe am Beispielstädter Institut für Technologie (BIT).");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Max Beispiel", e.Name);
        Assert.Equal("Beispielstädter Institut für Technologie (BIT)", e.Org);
    }
}

public class ExpertShapesPrecisionTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void A_pronoun_affiliation_after_an_official_makes_no_expert()
    {
        var r = Run("Das sagte Präsident Jon Example am Montag. Er sprach an der Universität Beispielstadt vor Studenten.");
        Assert.Empty(r.Experts);
        Assert.Contains("Jon Example", r.People);
    }

    [Fact]
    public void A_capitalised_verb_in_a_headline_is_not_part_of_the_name()
    {
        var r = Run("Economist Jane Example Warns Of A Long Recession");
        Assert.Equal("Jane Example", Assert.Single(r.Experts).Name);
    }
}
