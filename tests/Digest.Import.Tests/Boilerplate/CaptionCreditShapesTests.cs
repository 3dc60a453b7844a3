using Digest.Import.Boilerplate;

namespace Digest.Import.Tests.Boilerplate;

/// <summary>
/// Every shape of photo credit is still split off after the quick pre-test that turns most lines away before the
/// credit expression runs; running text with dashes and colons is still not a caption.
/// </summary>
public class CaptionCreditShapesTests
{
    private static readonly BoilerplateRules Rules = BoilerplateRules.Default;

    [Theory]
    [InlineData("Ein Kran am Kai – dpa   ", "Ein Kran am Kai", "dpa")]
    [InlineData("Ein Kran am Kai | Getty Images/Erika Beispiel", "Ein Kran am Kai", "Getty Images/Erika Beispiel")]
    [InlineData("Ein Kran am Kai. Foto: Erika Beispiel 1:2", "Ein Kran am Kai.", "Foto: Erika Beispiel 1:2")]
    [InlineData("Ein Kran am Kai. Bildquelle:   Erika Beispiel.", "Ein Kran am Kai.", "Bildquelle:   Erika Beispiel.")]
    [InlineData("Ein Kran am Kai (Illustration: Max Muster)", "Ein Kran am Kai", "Illustration: Max Muster")]
    [InlineData("A crane on the quay (Harbour Office via Reuters)", "A crane on the quay", "Harbour Office via Reuters")]
    [InlineData("A crane on the quay. Image Credit: Creative Commons.", "A crane on the quay.", "Image Credit: Creative Commons.")]
    [InlineData("© Beispielverlag 2024", "", "© Beispielverlag 2024")]
    public void Credits_of_every_shape_are_split(string line, string caption, string credit)
    {
        Assert.True(Rules.TrySplitCaption(line, out var c, out var k));
        Assert.Equal(caption, c);
        Assert.Equal(credit, k);
    }

    [Theory]
    [InlineData("Die Stadt – so sagt es der Bürgermeister – will den Hafen bis zum Sommer erweitern und neue Kräne aufstellen.")]
    [InlineData("Der Plan: mehr Platz für Schiffe. Die Kosten trägt das Land, heißt es aus dem Ministerium in der Hauptstadt.")]
    [InlineData("Das Ergebnis der Abstimmung lautete am Ende 12:3 für den Ausbau des Hafens.")]
    public void Running_text_with_dashes_and_colons_is_not_a_caption(string line)
    {
        Assert.False(Rules.TrySplitCaption(line, out _, out _));
    }
}
