using Digest.Import.People;

namespace Digest.Import.Tests.People;

public class RoleMorphologyTests
{
    [Theory]
    [InlineData("Klimaforschers")]
    [InlineData("Energieexpertin")]
    [InlineData("Russland-Experten")]
    [InlineData("Virologin")]
    [InlineData("Klimatologen")]
    [InlineData("Juristin")]
    public void German_role_heads_are_found_in_compounds_and_case_forms(string word) =>
        Assert.Equal(RoleKind.Expert, Lexicon.Default.RoleOf(word));

    [Theory]
    [InlineData("analysts")]
    [InlineData("Dialog")]
    [InlineData("Katalog")]
    public void A_lower_case_plural_or_a_word_that_merely_ends_alike_is_no_role(string word) =>
        Assert.Equal(RoleKind.None, Lexicon.Default.RoleOf(word));

    [Fact]
    public void A_person_named_after_a_genitive_role_is_an_expert()
    {
        var result = new PeopleExtractor(Lexicon.Default).Extract(
            ["Hitze ist nach Ansicht des Kieler Klimaforschers Jan B. Musterfeld eine unterschätzte Gefahr, sagte er."], null);

        var expert = Assert.Single(result.Experts);
        Assert.Equal("Jan B. Musterfeld", expert.Name);
    }
}
