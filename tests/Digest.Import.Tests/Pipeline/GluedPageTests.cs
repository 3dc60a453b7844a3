using Digest.Import.Pipeline;

namespace Digest.Import.Tests.Pipeline;

/// <summary>A page saved without its line breaks: one line holding headline, article, consent blurb and teasers.</summary>
public class GluedPageTests
{
    private static readonly ArticleImporter Importer = ArticleImporter.CreateDefault();

    private static readonly string[] Article =
    [
        "Die Stadtwerke erhöhen die Preise für Fernwärme zum ersten Januar um ein Zehntel.",
        "Der Versorger begründet den Schritt mit gestiegenen Kosten für Gas und für den Ausbau des Netzes.",
        "Ein Haushalt mit achtzig Quadratmetern zahlt damit im Jahr rund neunzig Euro mehr.",
        "Die Verbraucherzentrale rät, die Abschläge zu prüfen und Widerspruch einzulegen, wenn die Rechnung nicht stimmt.",
        "Der Stadtrat will im Februar über einen Härtefallfonds für Familien mit kleinen Einkommen beraten.",
    ];

    private const string Consent = "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden, und kann das jederzeit widerrufen.";

    private static string Page(string separator) =>
        "Fernwärme wird im Januar teurer" + separator
        + Article[0] + separator + Article[1] + separator + Consent + separator
        + Article[2] + separator + Article[3] + separator + Article[4] + separator
        + "Das könnte Sie auch interessieren. Zehn Ausflugsziele für den Herbst im Umland der Stadt.";

    [Fact]
    public void A_page_on_one_line_keeps_its_article_and_loses_the_blurb_and_the_teasers()
    {
        var a = Importer.ImportText(Page(" "));
        foreach (var sentence in Article)
        {
            Assert.Contains(sentence, a.Body);
        }
        Assert.DoesNotContain("einverstanden", a.Body);
        Assert.DoesNotContain("Ausflugsziele", a.Body);
        Assert.DoesNotContain("auch interessieren", a.Body);
        Assert.False(a.NoTextKept);
    }

    [Fact]
    public void The_same_page_with_its_line_breaks_gives_the_same_article_text()
    {
        var glued = Importer.ImportText(Page(" "));
        var broken = Importer.ImportText(Page("\n\n"));
        foreach (var sentence in Article)
        {
            Assert.Contains(sentence, broken.Body);
        }
        Assert.DoesNotContain("einverstanden", broken.Body);
        Assert.Equal(broken.Experts.Count, glued.Experts.Count);
        // Both keep the article's sentences in the page's order.
        var gluedAt = -1;
        var brokenAt = -1;
        foreach (var sentence in Article)
        {
            Assert.True(glued.Body.IndexOf(sentence, StringComparison.Ordinal) > gluedAt, sentence);
            Assert.True(broken.Body.IndexOf(sentence, StringComparison.Ordinal) > brokenAt, sentence);
            gluedAt = glued.Body.IndexOf(sentence, StringComparison.Ordinal);
            brokenAt = broken.Body.IndexOf(sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_paragraph_that_no_rule_matches_stays_one_paragraph()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Im Abschnitt {i} des Gutachtens beschreiben die Prüfer, wie das Netz der Stadt seit Jahren gewachsen ist."));
        var a = Importer.ImportText("Ein Gutachten zum Wärmenetz\n\n" + paragraph + "\n\nDer Rat berät das Gutachten im Frühjahr.\n");
        Assert.Contains(paragraph, a.Body);
    }

    [Fact]
    public void A_source_whose_every_paragraph_is_debris_is_a_draft_that_says_so()
    {
        var a = Importer.ImportText("Newsletter\n\nJetzt abonnieren und nichts verpassen, jeden Morgen neu.\n\nWir verwenden Cookies, um die Seite zu verbessern.\n");
        Assert.True(a.NoTextKept);
        Assert.True(a.Draft);
        Assert.Contains("no article text kept", DraftNote.For(a));
    }
}
