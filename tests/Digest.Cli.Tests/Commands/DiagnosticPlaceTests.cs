using System.Text;
using System.Text.Json;
using Digest.Cli.Commands;

namespace Digest.Cli.Tests.Commands;

/// <summary>
/// Problems that have no value of their own to point at (a missing field, a slug taken by another file, an email that
/// grew too big) are reported at the line where the user would fix them, in the text form and in <c>--format json</c>.
/// </summary>
public class DiagnosticPlaceTests
{
    private static string Article(string title, string date, string extra = "") =>
        $"---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\n\nText.\n";

    /// <summary>The text line and the JSON object of the one diagnostic with <paramref name="code"/>.</summary>
    private static (string Line, JsonElement Json) Reported(TempSite site, string code)
    {
        var (_, text, _) = site.Run("check", "--input", site.Input);
        var line = Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains($" {code}: ", StringComparison.Ordinal));
        var (_, json, _) = site.Run("check", "--input", site.Input, "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var item = Assert.Single(doc.RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        return (line, item.Clone());
    }

    private static void AssertPlace(JsonElement json, string fileEnd, int line, int column, string severity)
    {
        Assert.EndsWith(fileEnd, json.GetProperty("file").GetString());
        Assert.Equal(line, json.GetProperty("line").GetInt32());
        Assert.Equal(column, json.GetProperty("column").GetInt32());
        Assert.Equal(severity, json.GetProperty("severity").GetString());
    }

    [Fact]
    public void A_missing_summary_is_reported_at_the_closing_line_where_it_would_go()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-ohne.md", Article("Ohne Teaser", "2024-01-01", "topics: [nordkorea]\n"));

        var (line, json) = Reported(site, "DG7004");

        Assert.EndsWith("2024-01-01-ohne.md:5:1: warning DG7004: article has no 'summary:'; add one before this '---' (lists and feeds show the start of the body instead)", line);
        AssertPlace(json, "2024-01-01-ohne.md", 5, 1, "warning");
    }

    [Fact]
    public void A_missing_title_is_reported_at_the_closing_line_and_an_empty_one_at_its_field()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-a.md", "---\ndate: 2024-01-01\nsummary: \"Kurz.\"\n---\n\nText.\n");
        site.Write("articles/2024-01-02-b.md", "---\ntitle:\ndate: 2024-01-02\n---\n\nText.\n");

        var (exit, text, _) = site.Run("check", "--input", site.Input);

        Assert.Equal(ExitCodes.ContentError, exit);
        Assert.Contains("2024-01-01-a.md:4:1: error DG1105: missing required field 'title'", text);
        Assert.Contains("2024-01-02-b.md:2:7: error DG1105: missing required field 'title'", text);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported_at_its_opening_line()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-01-offen.md", "---\ntitle: \"Offen\"\ndate: 2024-01-01\n\nText.\n");

        var (line, json) = Reported(site, "DG1103");

        Assert.EndsWith("2024-01-01-offen.md:1:1: error DG1103: this '---' opens front matter that is never closed; add a '---' line after the last field", line);
        AssertPlace(json, "2024-01-01-offen.md", 1, 1, "error");
    }

    [Fact]
    public void A_binary_file_is_reported_at_its_first_nul_byte()
    {
        using var site = new TempSite();
        var path = site.Write("articles/2024-01-01-binaer.md", string.Empty);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("---\ntitle: T\ndate: \0\0"), .. "\n---\n"u8]);

        var (line, json) = Reported(site, "DG3003");

        Assert.Contains("2024-01-01-binaer.md:3:7: error DG3003: ", line);
        AssertPlace(json, "2024-01-01-binaer.md", 3, 7, "error");
    }

    [Fact]
    public void An_edition_slug_taken_by_another_edition_is_reported_at_the_slug_line()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-02-a.md", Article("Erster", "2024-01-02", "summary: \"Eins.\"\n"));
        site.Write("articles/2024-01-09-b.md", Article("Zweiter", "2024-01-09", "summary: \"Zwei.\"\n"));
        site.Write("editions/a-woche-1.md", "---\ntitle: \"Woche eins\"\ndate: 2024-01-07\nperiod: 2024-W01\nslug: die-woche\n---\nEins.\n");
        site.Write("editions/b-woche-2.md", "---\ntitle: \"Woche zwei\"\ndate: 2024-01-14\nperiod: 2024-W02\nslug: die-woche\n---\nZwei.\n");

        var (line, json) = Reported(site, "DG3303");

        Assert.EndsWith("b-woche-2.md:5:7: warning DG3303: edition slug 'die-woche' is already used; this edition is published as 'die-woche-2' (set 'slug:' to choose another)", line);
        AssertPlace(json, "b-woche-2.md", 5, 7, "warning");
    }

    [Fact]
    public void An_edition_slug_taken_without_a_slug_field_is_reported_at_the_title_line()
    {
        using var site = new TempSite();
        site.Write("articles/2024-01-02-a.md", Article("Erster", "2024-01-02", "summary: \"Eins.\"\n"));
        site.Write("editions/a.md", "---\ntitle: \"Woche eins\"\ndate: 2024-01-07\nperiod: 2024-W01\nslug: b\n---\nEins.\n");
        site.Write("editions/b.md", "---\ndate: 2024-01-08\ntitle: \"Noch eine\"\narticles: [2024-01-02-a.md]\n---\nNoch.\n");

        var (line, json) = Reported(site, "DG3303");

        Assert.EndsWith("b.md:3:8: warning DG3303: edition slug 'b' is already used; this edition is published as 'b-2' (set 'slug:' to choose another)", line);
        AssertPlace(json, "editions/b.md", 3, 8, "warning");
    }

    [Fact]
    public void An_edition_without_period_or_articles_is_reported_at_the_closing_line()
    {
        using var site = new TempSite();
        site.Write("editions/leer.md", "---\ntitle: \"Leer\"\ndate: 2024-01-07\n---\nNichts.\n");

        var (line, json) = Reported(site, "DG1203");

        Assert.Contains("leer.md:4:1: error DG1203: an edition needs 'period'", line);
        AssertPlace(json, "leer.md", 4, 1, "error");
    }

    /// <summary>Enough articles with long summaries that one week's email passes the clipping limit.</summary>
    private static void WriteLongWeek(TempSite site)
    {
        var summary = string.Concat(Enumerable.Repeat("Ein langer Satz über die Lage in der Region. ", 20));
        for (var i = 0; i < 120; i++)
        {
            site.Write($"articles/2024-01-0{1 + i % 5}-n{i}.md", Article($"Nachricht {i}", $"2024-01-0{1 + i % 5}", $"summary: \"{summary}\"\n"));
        }
    }

    [Fact]
    public void An_oversized_email_of_an_edition_file_is_reported_at_its_period_line()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: \"Testseite\"\nlanguage: de\nbase_url: https://example.org/\n");
        WriteLongWeek(site);
        site.Write("editions/woche.md", "---\ntitle: \"Die lange Woche\"\ndate: 2024-01-07\n\nperiod: 2024-W01\n---\nViel.\n");

        var (line, json) = Reported(site, "DG5104");

        Assert.Matches(@"woche\.md:5:9: warning DG5104: the email edition is \d+ KB; mail clients such as Gmail clip messages over 100 KB", line);
        AssertPlace(json, "editions/woche.md", 5, 9, "warning");
    }

    [Fact]
    public void An_oversized_email_of_an_automatic_edition_names_its_email_file_as_a_whole()
    {
        using var site = new TempSite();
        site.Write("site.yml", "title: \"Testseite\"\nlanguage: de\nbase_url: https://example.org/\neditions: weekly\n");
        WriteLongWeek(site);

        var (line, json) = Reported(site, "DG5104");

        // No line: the email file is made from the whole week, and there is no edition file to point into.
        Assert.Matches(@"editions/2024-w01/email\.html: warning DG5104: the email edition is \d+ KB; .*; set a shorter period or write an edition file with an 'articles' list$", line);
        AssertPlace(json, "editions/2024-w01/email.html", 0, 0, "warning");
    }
}
