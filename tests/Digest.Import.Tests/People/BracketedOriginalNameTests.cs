using Digest.Import.People;

namespace Digest.Import.Tests.People;

/// <summary>Names written in Latin letters followed by the original script in brackets (invented names and places).</summary>
public class BracketedOriginalNameTests
{
    private static PeopleResult Run(params string[] paragraphs) => new PeopleExtractor(Lexicon.Default).Extract(paragraphs, null);

    [Fact]
    public void English_apposition_after_a_bracketed_original()
    {
        var r = Run("\"Exports will slow this year,\" said Li Nanfang (李南方), an economist at Harbourside Bank.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Li Nanfang", e.Name);
        Assert.Equal("economist", e.Role);
        Assert.Equal("Harbourside Bank", e.Org);
    }

    [Fact]
    public void German_apposition_after_a_bracketed_original()
    {
        var r = Run("„Die Exporte werden langsamer wachsen“, sagt Wang Meihua (王美华), Ökonomin an der Universität Nordhafen.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Wang Meihua", e.Name);
        Assert.Equal("Ökonomin", e.Role);
        Assert.Equal("Universität Nordhafen", e.Org);
    }

    [Fact]
    public void A_later_mention_by_the_family_name_written_first_is_the_same_person()
    {
        // The original script marks a name written family name first: "Chen" is Chen Yufei's family name.
        var r = Run("Chen Yufei (陈雨菲), a political scientist at the Institute of Eastern Studies, expects talks.",
            "\"Neither side wants a crisis,\" Chen said.");
        var e = Assert.Single(r.Experts);
        Assert.Equal("Chen Yufei", e.Name);
        Assert.Contains("Neither side wants a crisis,", e.Quotes);
        Assert.DoesNotContain("Chen", r.People);
    }

    [Fact]
    public void Without_an_original_script_the_family_name_is_the_last_word()
    {
        var r = Run("Anna Beispiel, a political scientist at the Institute of Eastern Studies, expects talks.",
            "\"Neither side wants a crisis,\" Beispiel said.");
        Assert.Contains("Neither side wants a crisis,", Assert.Single(r.Experts).Quotes);
    }
}
