using Digest.Import.Boilerplate;
using Digest.Import.People;
using Digest.Import.Pipeline;
using Digest.Import.Text;

namespace Digest.Import.Tests.Text;

/// <summary>Publication dates in the common German and English forms, on fictional lines.</summary>
public class DateFormsTests
{
    [Theory]
    [InlineData("03.05.2023 | 14:20 Uhr", "2023-05-03")]
    [InlineData("Stand: 12. März 2024", "2024-03-12")]
    [InlineData("Stand: 12.03.2024, 09:41 Uhr", "2024-03-12")]
    [InlineData("May 3, 2023", "2023-05-03")]
    [InlineData("Published May 3, 2023 at 6:02 pm", "2023-05-03")]
    [InlineData("Updated: Sept. 14, 2022, 10:15 a.m. ET", "2022-09-14")]
    [InlineData("3 May 2023", "2023-05-03")]
    [InlineData("Veröffentlicht am 1. Juni 2022", "2022-06-01")]
    [InlineData("Aktualisiert am 07.11.2021 um 18:30 Uhr", "2021-11-07")]
    [InlineData("Mittwoch, 3. Mai 2023", "2023-05-03")]
    [InlineData("Wednesday, May 3rd, 2023", "2023-05-03")]
    [InlineData("2023-05-03T14:20:00+02:00", "2023-05-03")]
    [InlineData("12. Jänner 2024", "2024-01-12")]
    public void Date_lines_are_read_to_the_day(string line, string expected)
    {
        Assert.True(InTextDate.TryParseDateline(line, out var d), line);
        Assert.Equal(expected, d.ToIso());
    }

    [Theory]
    [InlineData("BERLIN, 3. Mai 2023 – Die Stadtwerke erhöhen die Preise für Fernwärme zum Jahreswechsel um ein Fünftel.", "2023-05-03", "Die Stadtwerke erhöhen")]
    [InlineData("WASHINGTON, May 3, 2023 — The central bank left its rates unchanged on Wednesday, as most economists had expected.", "2023-05-03", "The central bank left")]
    public void A_dateline_before_the_lead_gives_the_date_and_leaves_the_paragraph(string lead, string expected, string start)
    {
        var doc = RawTextExtractor.Extract($"Die Preise steigen deutlich\n\n{lead}\n", BoilerplateRules.Default, Lexicon.Default);
        Assert.Equal(expected, doc.Date?.ToIso());
        Assert.StartsWith(start, doc.Blocks[0].Text);
    }

    [Fact]
    public void The_day_in_the_text_beats_the_month_of_the_marker()
    {
        var doc = RawTextExtractor.Extract(" date 2023-05 Die Preise steigen deutlich\n\nStand: 12. Mai 2023\n\nDie Stadtwerke erhöhen die Preise für Fernwärme zum Jahreswechsel um ein Fünftel, teilte der Versorger mit.\n", BoilerplateRules.Default, Lexicon.Default);
        Assert.Equal("2023-05-12", doc.Date?.ToIso());
    }

    [Fact]
    public void Without_a_date_the_article_is_a_draft_naming_the_date_never_today()
    {
        var a = ArticleImporter.CreateDefault().ImportText("Die Preise steigen deutlich\n\nDie Stadtwerke erhöhen die Preise für Fernwärme zum Jahreswechsel um ein Fünftel, teilte der Versorger am Montag mit.\n");
        Assert.Null(a.Date);
        Assert.Contains("date", a.Missing);
        Assert.True(a.Draft);
    }

    [Fact]
    public void A_date_inside_a_sentence_is_not_the_publication_date()
    {
        var a = ArticleImporter.CreateDefault().ImportText("Die Preise steigen deutlich\n\nDie Stadtwerke hatten schon am 3. Mai 2021 angekündigt, die Preise für Fernwärme zum Jahreswechsel deutlich zu erhöhen.\n");
        Assert.Null(a.Date);
    }
}
