using Digest.Core.Diagnostics;
using Digest.Import.Boilerplate;

namespace Digest.Import.Tests.Boilerplate;

public class BoilerplateRulesTests
{
    private static readonly BoilerplateRules Rules = BoilerplateRules.Default;

    [Fact]
    public void Shipped_rules_load_without_problems()
    {
        var diagnostics = new DiagnosticBag();
        BoilerplateRules.Load(null, diagnostics);
        Assert.Equal(0, diagnostics.Count);
    }

    [Theory]
    [InlineData("Weiterlesen nach der Anzeige")]
    [InlineData("Ad")]
    [InlineData("Anzeige:")]
    [InlineData("+++ Verfolgen Sie alle News zum Krieg im Liveblog +++")]
    [InlineData("Empfohlener redaktioneller Inhalt An dieser Stelle finden Sie einen externen Inhalt von X.")]
    [InlineData("Lese-Tipp: Alle aktuellen Infos finden Sie hier")]
    [InlineData("Fürchten Sie sich vor einem Krieg?")]
    [InlineData("Lüften Sie <strong>kurz und kräftig</strong> am Morgen")]
    [InlineData("Sign up for our newsletter and get the briefing.")]
    [InlineData("Dieser Liveticker wird fortlaufend aktualisiert.")]
    [InlineData("Der Newsblog wird laufend ergänzt")]
    [InlineData("This live blog is being updated.")]
    [InlineData("This story will be updated as more information becomes available.")]
    public void Debris_is_dropped(string line)
    {
        Assert.Equal(LineVerdict.Drop, Rules.Classify(line));
    }

    [Theory]
    [InlineData("Aktuelle Entwicklungen im Liveticker:")]
    [InlineData("Playlist 50 Videos")]
    [InlineData("Empfehlungen unserer Partner")]
    public void Page_tails_stop_the_article(string line)
    {
        Assert.Equal(LineVerdict.Stop, Rules.Classify(line));
    }

    [Theory]
    [InlineData("Der Plan sei „ein großer Schritt“, sagte die Ministerin.")]
    [InlineData("Was tun, wenn die Rechnung plötzlich steigt?")]
    [InlineData("Die Anzeige wurde am Montag erstattet.")]
    [InlineData("Die Liste der gesperrten Straßen wird laufend aktualisiert, teilte die Stadt mit.")]
    public void Article_text_is_kept(string line)
    {
        Assert.Equal(LineVerdict.Keep, Rules.Classify(line));
    }

    [Theory]
    [InlineData("Boote im Hafen von Genf. - keystone", "Boote im Hafen von Genf.", "keystone")]
    [InlineData("Ein Redner am Pult. © Quelle: -/AGENTUR/dpa", "Ein Redner am Pult.", "© Quelle: -/AGENTUR/dpa")]
    [InlineData("Schiffe im Hafen (Foto: AFP)", "Schiffe im Hafen", "Foto: AFP")]
    public void Captions_split_into_text_and_credit(string line, string caption, string credit)
    {
        Assert.True(Rules.TrySplitCaption(line, out var c, out var k));
        Assert.Equal(caption, c);
        Assert.Equal(credit, k);
    }

    [Fact]
    public void Sentences_are_not_captions()
    {
        Assert.False(Rules.TrySplitCaption("Der Minister sprach von einem Erfolg.", out _, out _));
    }

    [Fact]
    public void Users_extend_the_rules_with_their_own_file()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "boilerplate.yml");
        File.WriteAllText(file, "lines:\n  - Mehr vom Kurier\ncontains:\n  - \"Unser Podcast:\"\nstop:\n  - Leserkommentare\n");
        var diagnostics = new DiagnosticBag();
        var rules = BoilerplateRules.Load(file, diagnostics);
        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(LineVerdict.Drop, rules.Classify("Mehr vom Kurier"));
        Assert.Equal(LineVerdict.Drop, rules.Classify("Unser Podcast: jeden Montag neu"));
        Assert.Equal(LineVerdict.Stop, rules.Classify("Leserkommentare (12)"));
        Assert.Equal(LineVerdict.Drop, rules.Classify("Weiterlesen nach der Anzeige"));
    }

    [Fact]
    public void A_broken_user_regex_is_reported_not_thrown()
    {
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "boilerplate.yml");
        File.WriteAllText(file, "patterns:\n  - '(unclosed'\nfooter:\n  - x\n");
        var diagnostics = new DiagnosticBag();
        BoilerplateRules.Load(file, diagnostics);
        Assert.True(diagnostics.HasErrors);
        var found = diagnostics.Sorted();
        // Each problem is named where it stands in the user's file, with its code.
        Assert.Equal([(DiagnosticCodes.InvalidBoilerplatePattern, 2, 5), (DiagnosticCodes.UnknownBoilerplateList, 3, 1)],
            found.Select(d => (d.Code, d.Line, d.Column)));
        Assert.StartsWith($"{file}:2:5: error DG6003: patterns: '(unclosed' is not a usable regular expression", found[0].ToString());
    }

    [Fact]
    public void User_patterns_with_and_without_lookarounds_both_apply()
    {
        // A plain pattern and one with a lookahead, as users write them, both apply.
        var dir = TestPaths.TempDir();
        var file = Path.Combine(dir, "boilerplate.yml");
        File.WriteAllText(file, "patterns:\n  - '^Anzeige \\d+$'\nstrip_patterns:\n  - '^Nordstadt \\(ddp\\) - (?=\\p{Lu})'\n");
        var diagnostics = new DiagnosticBag();
        var rules = BoilerplateRules.Load(file, diagnostics);
        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(LineVerdict.Drop, rules.Classify("Anzeige 12"));
        Assert.Equal("Der Rat tagt am Montag.", rules.Strip("Nordstadt (ddp) - Der Rat tagt am Montag."));
        Assert.Equal("Nordstadt (ddp) - der Rat tagt.", rules.Strip("Nordstadt (ddp) - der Rat tagt."));
    }
}
