using Digest.Import.People;

namespace Digest.Import.Tests.People;

public class PeopleExtractorNameFormTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void Names_with_particles()
    {
        var r = Run("Das sagt Fabian von Bergen, Sicherheitsexperte am Institut für Strategie.", "Auch Ursula von der Leyen äußerte sich.");
        Assert.Equal("Fabian von Bergen", Assert.Single(r.Experts).Name);
        Assert.Contains("Ursula von der Leyen", r.People);
    }

    [Fact]
    public void Particles_do_not_swallow_organisations()
    {
        var r = Run("„Das dauert“, sagt der Konfliktforscher Tarek Beispiel von der Marburger Universität.", "Das sagte Petra Muster von der Bundesbank.");
        Assert.Equal("Tarek Beispiel", Assert.Single(r.Experts).Name);
        Assert.Contains("Petra Muster", r.People);
    }

    [Fact]
    public void Role_and_organisation_before_a_name_after_a_comma()
    {
        var r = Run("Das sagte der Chefvolkswirt der Beispielbank, Jörg Muster, am Montag.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Jörg Muster", e.Name);
        Assert.Equal("Beispielbank", e.Org);
    }
}
