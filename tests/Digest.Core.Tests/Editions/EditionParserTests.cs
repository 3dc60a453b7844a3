using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Core.Tests.Editions;

public class EditionParserTests
{
    private static (EditionDefinition? Edition, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var edition = EditionParser.Parse(text, "input/editions/e.md", bag);
        return (edition, bag.Sorted());
    }

    [Fact]
    public void Reads_every_field_and_keeps_the_body_as_introduction()
    {
        var (edition, diagnostics) = Parse("---\ntitle: \"Die Woche\"\ndate: 2024-05-06\nperiod: 2024-W18\nsections: [energie, sicherheit]\nsummary: Kurz.\nslug: woche-18\n---\nDie **Lage** in Kürze.\n");
        Assert.Empty(diagnostics);
        Assert.NotNull(edition);
        Assert.Equal("Die Woche", edition.Title);
        Assert.Equal("2024-05-06", edition.Date.ToIso());
        Assert.Equal("2024-W18", edition.Period!.Value.ToIso());
        Assert.Equal(4, edition.PeriodSpan.Line);
        Assert.Equal(["energie", "sicherheit"], edition.Sections.Select(s => s.Name));
        Assert.Equal("Kurz.", edition.Summary);
        Assert.Equal("woche-18", edition.Slug);
        Assert.Contains("Die **Lage** in Kürze.", edition.Body);
        Assert.Equal(9, edition.BodyLine);
    }

    [Fact]
    public void An_articles_list_keeps_the_editors_order_and_where_each_name_was_written()
    {
        var (edition, diagnostics) = Parse("---\ntitle: T\ndate: 2024-05-06\narticles:\n  - b.md\n  - a\n---\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["b.md", "a"], edition!.Articles.Select(a => a.Name));
        Assert.Equal(new SourceSpan(5, 5), edition.Articles[0].Span);
        Assert.Null(edition.Period);
    }

    [Fact]
    public void A_malformed_period_is_a_located_error()
    {
        var (edition, diagnostics) = Parse("---\ntitle: T\ndate: 2024-05-06\nperiod: 2024-W60\n---\n");
        Assert.Null(edition);
        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal((4, 9), (error.Line, error.Column));
        Assert.Contains("period '2024-W60' is not valid", error.Message);
    }

    [Theory]
    [InlineData("---\ndate: 2024-05-06\nperiod: 2024-05\n---\n", "missing required field 'title'")]
    [InlineData("---\ntitle: T\nperiod: 2024-05\n---\n", "missing required field 'date'")]
    [InlineData("---\ntitle: T\ndate: 2024-05-06\n---\n", "needs 'period'")]
    [InlineData("---\ntitle: T\ndate: 2024-05-06\nperiod: 2024-05\narticles: [a]\n---\n", "either 'period' or 'articles'")]
    [InlineData("---\ntitle: T\ndate: 2024-05-32\nperiod: 2024-05\n---\n", "date '2024-05-32' is not a valid date")]
    public void Missing_or_contradictory_fields_are_errors(string text, string message)
    {
        var (edition, diagnostics) = Parse(text);
        Assert.Null(edition);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains(message) && d.Path == "input/editions/e.md" && d.Line > 0);
    }

    [Fact]
    public void Unknown_fields_are_warned_about_not_lost_silently()
    {
        var (edition, diagnostics) = Parse("---\ntitle: T\ndate: 2024-05-06\nperiod: 2024-05\nintro: x\n---\n");
        Assert.NotNull(edition);
        var warning = Assert.Single(diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(5, warning.Line);
        Assert.Contains("unknown field 'intro'", warning.Message);
    }

    [Fact]
    public void Site_settings_read_editions_and_home()
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsParser.Parse("editions: weekly\nhome: edition\nlist_unsubscribe: mailto:off@example.org\n", "site.yml", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(EditionCadence.Weekly, settings.Editions);
        Assert.Equal(HomeLayout.Edition, settings.Home);
        Assert.Equal("mailto:off@example.org", settings.ListUnsubscribe);
        Assert.Equal(EditionCadence.None, SiteSettingsParser.Parse("title: x\n", "site.yml", bag).Editions);
    }

    [Fact]
    public void An_unknown_cadence_is_a_located_error()
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsParser.Parse("title: x\neditions: hourly\n", "site.yml", bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(2, error.Line);
        Assert.Contains("editions 'hourly' is not one of none, daily, weekly, monthly", error.Message);
        Assert.Equal(EditionCadence.None, settings.Editions);
    }
}
