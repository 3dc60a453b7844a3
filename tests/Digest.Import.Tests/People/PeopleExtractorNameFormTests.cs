using Digest.Import.People;

namespace Digest.Import.Tests.People;

public class PeopleExtractorNameFormTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void Names_with_particles()
    {
        var r = Run("Das sagt Fabian von Bergen, Sicherheitsexperte am Institut für Strategie.", "Auch Ulrike von der Heide äußerte sich.");
        Assert.Equal("Fabian von Bergen", Assert.Single(r.Experts).Name);
        Assert.Contains("Ulrike von der Heide", r.People);
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

    [Fact]
    public void A_possessive_is_not_part_of_the_name()
    {
        var r = Run("President Mara Lind-Holm’s government said on Monday that talks would resume.",
            "\"The talks are fragile,\" said Tomas Beispiel, a historian at Queen's College Northam. Mara Lind-Holm's office declined to comment.");
        Assert.Contains("Mara Lind-Holm", r.People);
        Assert.DoesNotContain(r.People, p => p.EndsWith("s", StringComparison.Ordinal));
        var e = Assert.Single(r.Experts);
        Assert.Equal("Tomas Beispiel", e.Name);
        // Inside an organisation's name the possessive stays.
        Assert.Equal("Queen's College Northam", e.Org);
    }

    [Fact]
    public void A_particle_from_the_users_lexicon_stays_inside_the_name()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "lexicon.yml");
        File.WriteAllText(file, "name_particles: [dela]\n");
        const string text = "Das sagt Maria dela Fuente, Sicherheitsexpertin am Institut für Strategie.";

        var shipped = new PeopleExtractor(Lexicon.Default).Extract([text], null);
        var extended = new PeopleExtractor(Lexicon.Load(file, new Digest.Core.Diagnostics.DiagnosticBag())).Extract([text], null);

        Assert.DoesNotContain(shipped.Experts, e => e.Name == "Maria dela Fuente");
        Assert.Equal("Maria dela Fuente", Assert.Single(extended.Experts).Name);
    }
}
