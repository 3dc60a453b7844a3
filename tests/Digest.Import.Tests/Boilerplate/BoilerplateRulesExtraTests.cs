using Digest.Import.Boilerplate;

namespace Digest.Import.Tests.Boilerplate;

public class BoilerplateRulesExtraTests
{
    private static readonly BoilerplateRules Rules = BoilerplateRules.Default;

    [Theory]
    [InlineData("BERLIN (dpa) - Die Regierung plant neue Regeln.", "Die Regierung plant neue Regeln.")]
    [InlineData("FRANKFURT (Dow Jones)--Die Ölpreise sind gestiegen.", "Die Ölpreise sind gestiegen.")]
    [InlineData("(AFP) Der Gipfel beginnt am Montag.", "Der Gipfel beginnt am Montag.")]
    [InlineData("Das sagte der Minister am Abend. (dpa)", "Das sagte der Minister am Abend.")]
    [InlineData("Der Verband (Beispielbund) tagt.", "Der Verband (Beispielbund) tagt.")]
    public void Agency_datelines_are_stripped(string line, string expected)
    {
        Assert.Equal(expected, Rules.Strip(line));
    }

    [Theory]
    [InlineData("Facebook Twitter WhatsApp E-Mail")]
    [InlineData("Home › Politik › Ausland")]
    [InlineData("12 Kommentare")]
    [InlineData("13:35 Uhr")]
    [InlineData("Spartipps fürs Bad. Foto: picture alliance/dpa | Max Muster Duschen Sie kürzer")]
    public void More_debris_is_dropped(string line)
    {
        Assert.Equal(LineVerdict.Drop, Rules.Classify(line));
    }

    [Theory]
    [InlineData("Er sagte »Das ist gut« und ging.")]
    [InlineData("X ist kein Name, sagt sie.")]
    public void Quotes_in_guillemets_are_not_breadcrumbs(string line)
    {
        Assert.Equal(LineVerdict.Keep, Rules.Classify(line));
    }

    [Fact]
    public void Scrambled_paywall_text_is_recognised()
    {
        Assert.True(Digest.Import.Text.Gibberish.IsScrambled("Ejf Cvoeftsfhjfsvoh xjmm ejf Tufvfso tfolfo vn ejf Xjsutdibgu {v tuåslfo voe Kpct {v tdibggfo"));
        Assert.False(Digest.Import.Text.Gibberish.IsScrambled("Die Bundesregierung will die Steuern senken, um die Wirtschaft zu stärken und Jobs zu schaffen."));
        Assert.False(Digest.Import.Text.Gibberish.IsScrambled("The government wants to cut taxes to strengthen the economy and to create new jobs."));
    }
}
