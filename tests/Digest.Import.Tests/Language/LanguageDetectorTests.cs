using Digest.Import.Language;

namespace Digest.Import.Tests.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Der Stadtrat hat mit knapper Mehrheit die neuen Regeln für den Verkehr beschlossen, die auch im Winter gelten.", "de")]
    [InlineData("The council has narrowly approved the new rules for traffic, which will also apply in winter.", "en")]
    [InlineData("", "de")]
    public void Detects_german_and_english(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }
}
