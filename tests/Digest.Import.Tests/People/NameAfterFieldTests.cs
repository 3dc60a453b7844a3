using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>Where a name starts after a role and a field or organisation (invented sentences and names).</summary>
public class NameAfterFieldTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void An_unlisted_first_given_name_before_a_known_one_belongs_to_the_name()
    {
        // "Wenna" is in no list of given names; "Annette" is.
        var r = Run("„Das wird teuer“, sagt die Professorin für Public Health Wenna Annette Beispielfeld.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Wenna Annette Beispielfeld", e.Name);
        Assert.Equal("Professorin für Public Health", e.Role);
        Assert.Empty(r.People);
    }

    [Fact]
    public void A_field_ending_after_an_adjective_keeps_its_noun()
    {
        var r = Run("„Das wird teuer“, sagt die Professorin für Global Health Anna Beispielfeld.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Anna Beispielfeld", e.Name);
        Assert.Equal("Professorin für Global Health", e.Role);
    }

    [Fact]
    public void A_one_word_field_is_never_taken_for_a_given_name()
    {
        var r = Run("„Das wird teuer“, sagt die Professorin für Epidemiologie Anna Beispielfeld.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Anna Beispielfeld", e.Name);
        Assert.Equal("Professorin für Epidemiologie", e.Role);
    }

    [Fact]
    public void An_affiliation_in_the_next_sentence_joins_the_three_part_name()
    {
        var r = Run("„Das wird teuer“, sagt die Professorin für Public Health Wenna Annette Beispielfeld. Sie forscht an der Hochschule Nordstadt zu Hitze.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Wenna Annette Beispielfeld", e.Name);
        Assert.Equal("Hochschule Nordstadt", e.Org);
        Assert.Empty(r.People);
    }

    [Fact]
    public void An_English_role_before_the_name_takes_the_organisation_before_it()
    {
        var r = Run("Example Institute director Jane Sampleford said the figures were provisional.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Jane Sampleford", e.Name);
        Assert.Equal("director", e.Role);
        Assert.Equal("Example Institute", e.Org);
    }
}
