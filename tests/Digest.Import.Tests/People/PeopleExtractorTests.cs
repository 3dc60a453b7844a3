using Digest.Core.Diagnostics;
using Digest.Import.People;

namespace Digest.Import.Tests.People;

public class PeopleExtractorTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void Shipped_lexicon_loads_without_problems()
    {
        var diagnostics = new DiagnosticBag();
        Lexicon.Load(null, diagnostics);
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void Apposition_gives_name_role_and_gazetteer_org()
    {
        var r = Run("„Das ist neu“, sagt Erika Beispiel, Russland-Expertin der Berliner Stiftung Wissenschaft und Politik (SWP) im Sender.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Erika Beispiel", e.Name);
        Assert.Equal("Russland-Expertin", e.Role);
        Assert.Equal("Stiftung Wissenschaft und Politik (SWP)", e.Org);
        Assert.Equal(["Das ist neu"], e.Quotes);
    }

    [Fact]
    public void Role_before_name_with_adjective()
    {
        var r = Run("Das fragte der ukrainische Militärexperte Pavlo Musterenko im Fernsehen.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Pavlo Musterenko", e.Name);
        Assert.Equal("ukrainischer Militärexperte", e.Role);
    }

    [Fact]
    public void Coordinated_roles_and_acronym_organisation()
    {
        var r = Run("Das glaubt Mi-rae Kwon, eine langjährige CIA-Analystin und Korea-Expertin aus den USA.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Mi-rae Kwon", e.Name);
        Assert.Equal("langjährige CIA-Analystin und Korea-Expertin", e.Role);
        Assert.Equal("CIA", e.Org);
    }

    [Fact]
    public void Surname_mentions_merge_into_the_full_name()
    {
        var r = Run("Das sagt Bernd Probst, Nahost-Experte am Institut für Friedensforschung.", "SWP-Experte Probst verweist auf die Lage.", "„Das wird dauern“, so Probst.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Bernd Probst", e.Name);
        Assert.Contains("Das wird dauern", e.Quotes);
    }

    [Fact]
    public void Officials_and_subjects_are_people_not_experts()
    {
        var r = Run("„Wir prüfen alle Optionen“, sagte Regierungssprecher Dmitri Beispielow.", "Präsident Wladimir Putin reiste am Abend nach Minsk.", "NATO Secretary-General Jon Example said so.");
        Assert.Empty(r.Experts);
        Assert.Contains("Dmitri Beispielow", r.People);
        Assert.Contains("Wladimir Putin", r.People);
        Assert.Contains("Jon Example", r.People);
    }

    [Fact]
    public void Director_of_an_international_body_is_not_an_expert_but_of_an_institute_is()
    {
        var r = Run("World Bank director Maria Example warned about debt in May.", "Jane Example, director of the Institute for Fiscal Studies, said the plan was costly.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Jane Example", e.Name);
        Assert.Contains("Maria Example", r.People);
    }

    [Fact]
    public void Doctor_with_research_unit_takes_the_unit_as_role()
    {
        var r = Run("Die Sanktionen wirken kaum, räumt Dr. Jonas Muster von der Forschungsgruppe Osteuropa der Stiftung Wissenschaft und Politik (SWP) ein.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Jonas Muster", e.Name);
        Assert.Equal("Forschungsgruppe Osteuropa", e.Role);
        Assert.Equal("Stiftung Wissenschaft und Politik (SWP)", e.Org);
    }

    [Fact]
    public void Two_experts_with_one_surname_stay_two()
    {
        var r = Run("Das sagt der Ökonom Martin Weber vom Institut für Weltwirtschaft.", "Anna Weber, Politologin an der Universität Potsdam, widerspricht.", "Weber rechnet mit Zinsen.");
        Assert.Equal(["Martin Weber", "Anna Weber"], r.Experts.Select(e => e.Name));
    }

    [Fact]
    public void Plural_roles_and_anonymous_experts_name_nobody()
    {
        var r = Run("Im Fernsehen treten Experten auf, die Zahlen nennen.", "Ein Experte schätzt das Risiko als hoch ein.", "Der Experte erklärt es an einem Beispiel.");
        Assert.Empty(r.Experts);
    }

    [Fact]
    public void English_apposition()
    {
        var r = Run("\"Prices will fall by spring,\" said Gustav Example, economist and portfolio manager at Example Asset Management.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("economist and portfolio manager", e.Role);
        Assert.Equal("Example Asset Management", e.Org);
    }

    [Fact]
    public void The_author_is_not_a_person_of_the_story()
    {
        var r = new PeopleExtractor(Lexicon.Default).Extract(["Text von Erika Muster über Olaf Scholz."], "Erika Muster");
        Assert.DoesNotContain("Erika Muster", r.People);
        Assert.Contains("Olaf Scholz", r.People);
    }
}
