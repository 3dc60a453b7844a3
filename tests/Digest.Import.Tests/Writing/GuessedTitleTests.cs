using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Writing;

public class GuessedTitleTests
{
    private static readonly ArticleDate Today = new(2026, 1, 1, null, null);

    [Fact]
    public void A_text_without_headline_gets_its_first_sentence_as_a_marked_title()
    {
        var a = ArticleImporter.CreateDefault().ImportText(" date 2023-04 Die Stadtwerke erhöhen die Preise. Der Versorger begründete das am Montag mit den gestiegenen Kosten für den Brennstoff.\n");
        Assert.Null(a.Title);
        Assert.Contains("title", a.Missing);
        var text = FrontMatterWriter.Write(a, "x.txt", Today);
        Assert.Contains("title: \"Die Stadtwerke erhöhen die Preise\"", text);
        Assert.Contains("title_guessed: true", text);
        Assert.Contains("draft: true", text);
    }

    [Fact]
    public void A_long_first_sentence_gives_its_first_words()
    {
        var a = new ImportedArticle { Lang = "de", Body = string.Empty, Summary = "Am 3. Mai wollen die Stadtwerke von Beispielstadt nach langen Verhandlungen mit dem Stadtrat die Preise für Fernwärme um ein Fünftel erhöhen.", Missing = ["title"] };
        Assert.Equal("Am 3. Mai wollen die Stadtwerke von Beispielstadt …", FrontMatterWriter.PlaceholderTitle(a));
    }

    [Fact]
    public void The_marked_title_reads_back_without_complaint()
    {
        var a = new ImportedArticle { Lang = "de", Body = "Text.", Summary = "Ein kurzer Satz.", Date = new ArticleDate(2023, 4, 0, null, null), Missing = ["title"] };
        var diagnostics = new DiagnosticBag();
        var parsed = ArticleParser.Parse(FrontMatterWriter.Write(a, "x.txt", Today), "x.md", diagnostics);
        Assert.NotNull(parsed);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Ein kurzer Satz", parsed.Title);
        Assert.True(parsed.Draft);
        Assert.Equal(true, parsed.Extra["title_guessed"]);
    }
}
