using Digest.Import.Boilerplate;
using Digest.Import.People;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

public class RawTextExtractorTests
{
    private static ExtractedDocument Extract(string text) => RawTextExtractor.Extract(text, BoilerplateRules.Default, Lexicon.Default);

    [Fact]
    public void Kicker_headline_and_byline()
    {
        var doc = Extract("Ein Kicker über dem Titel\n\nDer eigentliche Titel steht hier\n\nvon Erika Muster und Max Beispiel\n\nDer erste Absatz erzählt, was geschah.\n");
        Assert.Equal("Der eigentliche Titel steht hier", doc.Title);
        Assert.Equal("Erika Muster und Max Beispiel", doc.Author);
        Assert.Single(doc.Blocks);
        Assert.Contains("Ein Kicker über dem Titel", doc.Context);
    }

    [Fact]
    public void Navigation_and_dateline_before_the_headline()
    {
        var doc = Extract("Menü\nPolitik\nPolitik\n12. März 2024\n\nEine Überschrift ohne Punkt\n\nDer Text beginnt hier mit einem Satz.\n");
        Assert.Equal("Eine Überschrift ohne Punkt", doc.Title);
        Assert.Equal("2024-03-12", doc.Date?.ToIso());
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("Politik"));
    }

    [Fact]
    public void Marker_text_starting_with_the_lead_has_no_title()
    {
        var doc = Extract(" date 2023-05 Die Behörden haben am Morgen Alarm ausgelöst, sagte ein Sprecher.\n\nEin zweiter Absatz folgt hier mit mehr Text.\n");
        Assert.Null(doc.Title);
        Assert.Equal("2023-05", doc.Date?.ToIso());
    }

    [Fact]
    public void Marker_text_with_lead_caption_then_headline()
    {
        var doc = Extract(" date 2022-08 Zwei Männer beim Händeschütteln: Anton Beispiel und Berta Muster, hier bei einem Treffen im Jahr 2019.\n\nWas planen die beiden?\n\nDer erste Absatz beginnt hier.\n");
        Assert.Equal("Was planen die beiden?", doc.Title);
        Assert.StartsWith("Zwei Männer beim Händeschütteln", doc.ImageCaption);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("Händeschütteln"));
    }

    [Fact]
    public void Captions_with_credits_leave_the_body_and_alt_text_with_them()
    {
        var doc = Extract("Ein Absatz ohne Titel davor, der endet.\nHafen Schiffe Kräne\nSchiffe liegen im Hafen. - keystone\n\nDer Text geht weiter.\n\nEine Szene am Abend. © Quelle: -/AGENTUR/dpa\n");
        Assert.Equal("Schiffe liegen im Hafen.", doc.ImageCaption);
        Assert.Equal("keystone", doc.ImageCredit);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("Hafen") || b.Text.Contains("Quelle"));
    }

    [Fact]
    public void Duplicates_and_subheadings()
    {
        var doc = Extract("Titel der Meldung hier\n\nErster Absatz mit Punkt.\n\nEin Zwischentitel\n\nZweiter Absatz mit Punkt.\n\nErster Absatz mit Punkt.\n");
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Bullets_become_list_items()
    {
        var doc = Extract("Ein Absatz vorweg, mit Punkt.\n\n  • Erster Punkt der Liste\n  • Zweiter Punkt der Liste\n");
        Assert.Equal(2, doc.Blocks.Count(b => b.Kind == BlockKind.ListItem));
    }
}
