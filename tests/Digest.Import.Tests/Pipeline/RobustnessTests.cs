using System.Text;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Import.Model;
using Digest.Import.Pipeline;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Pipeline;

public class RobustnessTests
{
    private static readonly ArticleImporter Importer = ArticleImporter.CreateDefault();

    private static Article? RoundTrip(ImportedArticle a)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = ArticleParser.Parse(FrontMatterWriter.Write(a, "x.txt", new ArticleDate(2026, 1, 1, null, null)), "x.md", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return parsed;
    }

    [Fact]
    public void Empty_file_gives_a_clear_error()
    {
        Assert.Equal("file is empty", Importer.ImportBytes([], "a.txt").Error);
    }

    [Fact]
    public void Binary_file_gives_a_clear_error()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Contains("binary", Importer.ImportBytes(bytes, "a.txt").Error);
    }

    [Fact]
    public void Latin1_file_is_imported_with_a_note()
    {
        var attempt = Importer.ImportBytes(Encoding.Latin1.GetBytes("Größere Sorgen über Gaspreise\n\nDie Verbraucher zahlen mehr für Gas und Strom.\n"), "a.txt");
        Assert.Equal("Größere Sorgen über Gaspreise", attempt.Article?.Title);
        Assert.Contains("Latin-1", attempt.Note);
    }

    [Fact]
    public void Crlf_file_reads_like_lf()
    {
        var lf = Importer.ImportText("Titel der Meldung hier\n\nErster Absatz mit Punkt.\n\nZweiter Absatz mit Punkt.\n");
        var crlf = Importer.ImportBytes(Encoding.UTF8.GetBytes("Titel der Meldung hier\r\n\r\nErster Absatz mit Punkt.\r\n\r\nZweiter Absatz mit Punkt.\r\n"), "a.txt").Article!;
        Assert.Equal(lf.Title, crlf.Title);
        Assert.Equal(lf.Body, crlf.Body);
        Assert.DoesNotContain('\r', crlf.Body);
    }

    [Fact]
    public void Text_without_title_or_date_is_a_parseable_draft()
    {
        var a = Importer.ImportText("der Text beginnt klein und hat keinen Titel. Er endet mit einem Punkt.\n");
        Assert.Null(a.Title);
        Assert.Equal(["title", "date"], a.Missing);
        Assert.True(RoundTrip(a)!.Draft);
    }

    [Fact]
    public void Only_boilerplate_still_gives_a_parseable_draft()
    {
        var a = Importer.ImportText("Weiterlesen nach der Anzeige\n\nAnzeige\n");
        Assert.True(a.Draft);
        Assert.NotNull(RoundTrip(a));
    }

    /// <summary>
    /// Five megabytes of one paragraph repeated: the import finishes with the title, the paragraph once (a repeated
    /// paragraph is page debris) and the one quoted expert. (How long it takes is measured by tests/bench/import.sh, not here.)
    /// </summary>
    [Fact]
    public void Five_megabytes_of_text_import_completely()
    {
        var paragraph = "„Das ist ein Satz mit Zitat“, sagt Erika Muster, Expertin am Institut für Beispiele. Die Ukraine und Russland, Nordkorea und die Sanktionen: alles kommt vor, 25. Februar 2022.\n\n";
        var sb = new StringBuilder("Ein Titel für einen sehr langen Text\n\n");
        while (sb.Length < 5 * 1024 * 1024)
        {
            sb.Append(paragraph);
        }
        var attempt = Importer.ImportBytes(Encoding.UTF8.GetBytes(sb.ToString()), "big.txt");

        var article = attempt.Article;
        Assert.NotNull(article);
        Assert.Equal("Ein Titel für einen sehr langen Text", article.Title);
        Assert.Equal(1, CountOf(article.Body, "sagt Erika Muster, Expertin am Institut für Beispiele."));
        var expert = Assert.Single(article.Experts);
        Assert.Equal("Erika Muster", expert.Name);
        Assert.Contains("Das ist ein Satz mit Zitat", expert.Quotes);
        Assert.NotEmpty(article.Topics);
        Assert.NotNull(RoundTrip(article));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [Fact]
    public void One_long_line_without_breaks_imports_completely()
    {
        // Two million characters of prose on one line, without a sentence's end: one paragraph, kept whole (how fast it goes is
        // measured by tests/bench/import.sh, not here).
        var text = string.Concat(Enumerable.Repeat("Wort und Wort, Wort „Zitat ohne Ende ", 60_000));
        var a = Importer.ImportText(text);
        Assert.False(a.NoTextKept);
        var parsed = RoundTrip(a);
        Assert.NotNull(parsed);
        Assert.True(CountOf(a.Body, "Zitat ohne Ende") >= 59_000, $"{CountOf(a.Body, "Zitat ohne Ende")} of 60,000 repeats kept");
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        Assert.Contains("not imported", Importer.ImportBytes(new byte[ArticleImporter.MaxBytes + 1], "a.txt").Error);
    }
}
