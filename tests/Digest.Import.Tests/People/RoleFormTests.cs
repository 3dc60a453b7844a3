using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>Expert roles recognised by the form of the role word and where it stands (invented sentences).</summary>
public class RoleFormTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Theory]
    [InlineData("a glaciologist at the University of Northmere", "glaciologist", "University of Northmere")]
    [InlineData("a volcanologist with the Example Survey", "volcanologist", "Example Survey")]
    [InlineData("an epidemiologist from Eastfield University", "epidemiologist", "Eastfield University")]
    [InlineData("a historian at Sample College", "historian", "Sample College")]
    [InlineData("a statistician at the Example Institute", "statistician", "Example Institute")]
    public void English_specialist_nouns_are_roles_by_their_ending(string apposition, string role, string org)
    {
        var r = Run($"\"The trend is clear,\" said Dr Clara Sampleton, {apposition}, on Tuesday.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Clara Sampleton", e.Name);
        Assert.Equal(role, e.Role);
        Assert.Equal(org, e.Org);
    }

    [Fact]
    public void An_agent_noun_in_er_counts_only_at_a_research_body()
    {
        var r = Run(
            "Nora Testwell, a planner at the Institute of Urban Studies, said the scheme was too small.",
            "Owen Sampleby, a planner at Example Homes, said sales were steady.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Nora Testwell", e.Name);
        Assert.Equal("planner", e.Role);
        Assert.Contains("Owen Sampleby", r.People);
    }

    [Theory]
    [InlineData("a journalist at the Example Times")]
    [InlineData("a politician from the Example Party")]
    [InlineData("a tourist from Sampletown")]
    public void Words_that_only_end_like_a_role_make_no_expert(string apposition)
    {
        var r = Run($"Laura Sampleton, {apposition}, said the queue was long.");

        Assert.Empty(r.Experts);
        Assert.Contains("Laura Sampleton", r.People);
    }

    [Fact]
    public void A_lower_case_specialist_noun_without_an_affiliation_is_not_enough()
    {
        var r = Run("Clara Sampleton, a keen amateur cyclist, said the road was dangerous.");

        Assert.Empty(r.Experts);
    }

    [Fact]
    public void Dr_without_a_full_stop_is_no_part_of_the_name()
    {
        var r = Run("\"Winters are getting wetter,\" said Dr Ravi Testpal, a climate scientist at Example University.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Ravi Testpal", e.Name);
        Assert.DoesNotContain(r.People, p => p.Contains("Dr", StringComparison.Ordinal));
    }

    [Fact]
    public void Prof_without_a_full_stop_introduces_a_professor()
    {
        var r = Run("Prof Helen Sampleford warned that the dams were ageing.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Helen Sampleford", e.Name);
        Assert.Equal("Professor", e.Role);
    }

    [Theory]
    [InlineData("Der Sozialrechtler Jens Beispielmann von der Universität Nordstadt hält die Regel für unklar.", "Sozialrechtler")]
    [InlineData("Die Verfassungsrechtlerin Erika Mustermann von der Universität Nordstadt widerspricht.", "Verfassungsrechtlerin")]
    [InlineData("Der Astrophysiker Jens Beispielmann von der Universität Nordstadt rechnet mit mehr Daten.", "Astrophysiker")]
    [InlineData("Die Medizinstatistikerin Erika Mustermann von der Universität Nordstadt sieht keinen Effekt.", "Medizinstatistikerin")]
    public void German_scholar_heads_make_compound_roles(string sentence, string role)
    {
        var e = Assert.Single(Run(sentence).Experts);

        Assert.Equal(role, e.Role);
        Assert.Equal("Universität Nordstadt", e.Org);
    }

    [Theory]
    [InlineData("Bürgerrechtlerin")]
    [InlineData("Menschenrechtler")]
    public void Rights_activists_are_no_legal_scholars(string word) =>
        Assert.Equal(RoleKind.None, Lexicon.Default.RoleOf(word));

    [Fact]
    public void An_official_role_directly_before_a_name_makes_a_person()
    {
        var r = Run("Council leader Joanne Testcombe urged residents to stay indoors.");

        Assert.Empty(r.Experts);
        Assert.Contains("Joanne Testcombe", r.People);
    }

    [Fact]
    public void A_director_whose_compound_names_a_research_body_is_an_expert()
    {
        var r = Run("Institutsdirektorin Erika Mustermann sagte, die Daten reichten nicht aus.");

        var e = Assert.Single(r.Experts);
        Assert.Equal("Erika Mustermann", e.Name);
        Assert.Equal("Institutsdirektorin", e.Role);
    }

    [Fact]
    public void A_director_of_a_company_compound_stays_a_person()
    {
        var r = Run("Konzerndirektorin Erika Mustermann sagte, die Zahlen seien gut.");

        Assert.Empty(r.Experts);
        Assert.Contains("Erika Mustermann", r.People);
    }
}
