using Digest.Import.Boilerplate;
using Digest.Import.Model;
using Digest.Import.People;
using Digest.Import.Text;

namespace Digest.Import.Tests.Boilerplate;

/// <summary>Structure-based cleaning on fictional pages: debris recognised by shape, position and repetition, not by phrases.</summary>
public class BlockClassifierTests
{
    private static ExtractedDocument Extract(string text) => RawTextExtractor.Extract(text, BoilerplateRules.Default, Lexicon.Default);

    private static string Body(ExtractedDocument doc) => string.Join("\n", doc.Blocks.Select(b => b.Text));

    private const string Lead = "Die Stadtwerke von Beispielstadt erhöhen zum Jahreswechsel die Preise für Fernwärme um ein Fünftel, wie der Versorger am Montag mitteilte.";

    private const string Middle = "Der Geschäftsführer begründete den Schritt mit den gestiegenen Kosten für den Brennstoff und für die Sanierung der alten Leitungen im Norden der Stadt.";

    private const string Last = "Der Stadtrat will sich in seiner nächsten Sitzung im Januar mit den neuen Tarifen und möglichen Hilfen für Haushalte befassen.";

    [Fact]
    public void Navigation_above_the_headline_leaves_and_the_headline_is_found()
    {
        var doc = Extract($"Suchen Sie etwas?\n\nLokales › Wirtschaft\n\nFernwärme wird in Beispielstadt deutlich teurer\n\n{Lead}\n\n{Middle}\n");
        Assert.Equal("Fernwärme wird in Beispielstadt deutlich teurer", doc.Title);
        var body = Body(doc);
        Assert.DoesNotContain("Suchen Sie", body);
        Assert.DoesNotContain("Lokales", body);
        Assert.Contains(Lead, body);
    }

    [Fact]
    public void A_breadcrumb_that_repeats_the_headline_is_debris_and_confirms_it()
    {
        var doc = Extract($"Start » Region » Fernwärme wird in Beispielstadt deutlich teurer\nRegion Wirtschaft Energie\n\nFernwärme wird in Beispielstadt deutlich teurer\n\n{Lead}\n\n{Last}\n");
        Assert.Equal("Fernwärme wird in Beispielstadt deutlich teurer", doc.Title);
        Assert.DoesNotContain("Start »", Body(doc));
        Assert.DoesNotContain("Region Wirtschaft Energie", Body(doc));
    }

    [Fact]
    public void Timestamps_counts_and_outlet_names_in_capitals_are_debris()
    {
        var doc = Extract($"Fernwärme wird in Beispielstadt deutlich teurer\n\n{Lead}\n\n03:12\n\n{Middle}\n\n27 Kommentare\n\n{Last}\n\nSTADTBLATT ONLINE\n");
        var body = Body(doc);
        Assert.DoesNotContain("03:12", body);
        Assert.DoesNotContain("Kommentare", body);
        Assert.DoesNotContain("STADTBLATT", body);
        Assert.Contains(Middle, body);
        Assert.Contains(Last, body);
    }

    [Fact]
    public void A_login_blurb_after_the_text_is_debris_but_a_subheading_between_paragraphs_stays()
    {
        var doc = Extract($"Fernwärme wird in Beispielstadt deutlich teurer\n\n{Lead}\n\nNeue Tarife ab Januar\n\n{Middle}\n\n{Last}\n\nSind Sie schon Kunde, melden Sie sich mit Ihrem Konto an, um den ganzen Beitrag im Abo zu lesen.\n");
        var body = Body(doc);
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "Neue Tarife ab Januar");
        Assert.DoesNotContain("Konto", body);
        Assert.Contains(Last, body);
    }

    [Fact]
    public void A_caption_printed_twice_with_a_credit_line_goes_to_the_image()
    {
        var doc = Extract($"Fernwärme wird in Beispielstadt deutlich teurer\n\nRohre eines Heizkraftwerks am Stadtrand von Beispielstadt\n\nRohre eines Heizkraftwerks am Stadtrand von Beispielstadt\n\nFoto: Erika Muster/Agentur\n\n{Lead}\n");
        Assert.Equal("Rohre eines Heizkraftwerks am Stadtrand von Beispielstadt", doc.ImageCaption);
        Assert.Equal("Foto: Erika Muster/Agentur", doc.ImageCredit);
        Assert.Equal("Fernwärme wird in Beispielstadt deutlich teurer", doc.Title);
        Assert.DoesNotContain("Rohre", Body(doc));
        Assert.DoesNotContain("Foto:", Body(doc));
    }

    [Fact]
    public void A_caption_with_a_bracketed_agency_credit_goes_to_the_image()
    {
        var doc = Extract($"Port strike threatens Baltic trade\n\nCranes stand idle at a fictional terminal. (Photo via Reuters)\n\nA strike by dock workers at three Baltic ports entered its second week on Sunday, and economists expect the disruption to spread.\n");
        Assert.Equal("Cranes stand idle at a fictional terminal.", doc.ImageCaption);
        Assert.Contains("Reuters", doc.ImageCredit);
        Assert.DoesNotContain("Cranes", Body(doc));
    }

    [Fact]
    public void A_kicker_glued_to_the_headline_is_split_off()
    {
        var doc = Extract($"Teure Wärme Was die neuen Tarife für die Haushalte bedeuten\n\n{Lead}\n");
        Assert.Equal("Was die neuen Tarife für die Haushalte bedeuten", doc.Title);
        Assert.Contains("Teure Wärme", doc.Context);
    }

    [Fact]
    public void A_title_case_english_headline_is_not_split()
    {
        var doc = Extract("Economists Warn The Slowdown Is Only Beginning\n\nA group of economists said on Monday that the slowdown in European industry would last well into next year, citing weak orders.\n");
        Assert.Equal("Economists Warn The Slowdown Is Only Beginning", doc.Title);
    }

    [Fact]
    public void Agency_datelines_without_a_dash_leave_the_first_paragraph()
    {
        var doc = Extract("Fernwärme wird teurer\n\nBeispielstadt (dpa) Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme um ein Fünftel, teilte der Versorger mit.\n");
        Assert.StartsWith("Die Stadtwerke erhöhen", doc.Blocks[0].Text);
    }
}
