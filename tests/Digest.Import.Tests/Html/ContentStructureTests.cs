using Digest.Import.Model;
using Digest.Import.Pipeline;

namespace Digest.Import.Tests.Html;

/// <summary>What the markup of a page's content shows is no article text: links to elsewhere, teasers, date lines, the headline again.</summary>
public class ContentStructureTests
{
    private const string Lead = "<p>Die Stadtwerke senken zum Mai den Strompreis für rund vierzigtausend Haushalte, zum ersten Mal seit mehreren Jahren, wie das Unternehmen am Dienstag mitteilte.</p>";

    private const string Middle = "<p>Eine Familie mit durchschnittlichem Verbrauch spart damit knapp neunzig Euro im Jahr, rechnete der Geschäftsführer bei der Vorstellung der neuen Tarife vor.</p>";

    private const string End = "<p>Für Gewerbekunden gelten eigene Verträge, die bis Ende März neu verhandelt werden sollen, hieß es aus dem Unternehmen weiter.</p>";

    private static ImportedArticle Import(string article, string head = "<title>Stadtwerke senken Strompreis | Blatt</title>") =>
        ArticleImporter.CreateDefault().ImportHtml($"<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\">{head}</head><body><main><article>{article}</article></main></body></html>", null);

    [Fact]
    public void A_read_also_link_goes_and_the_next_paragraph_stays()
    {
        var a = Import("<h1>Stadtwerke senken Strompreis</h1>" + Lead + "<p><strong>Lesetipp</strong> <a href=\"/x\">Fernwärme wird im Herbst teurer</a></p>" + Middle + End);
        Assert.DoesNotContain("Fernwärme wird", a.Body);
        Assert.Contains("Eine Familie mit durchschnittlichem Verbrauch", a.Body);
    }

    [Fact]
    public void A_teaser_of_linked_headline_and_blurb_goes_whole()
    {
        var a = Import("<h1>Stadtwerke senken Strompreis</h1>" + Lead + Middle
            + "<div class=\"t\"><a href=\"/x\">Balkonkraftwerke: Ansturm auf die Förderung</a><p>Binnen einer Woche waren die Mittel vergeben.</p></div>"
            + "<div class=\"t\"><h3><a href=\"/y\">Wie Mieter Heizkosten prüfen</a></h3><p>Mietervereine raten zu einem genauen Blick.</p></div>" + End);
        foreach (var gone in (string[])["Balkonkraftwerke", "Binnen einer Woche", "Wie Mieter", "Mietervereine raten"])
        {
            Assert.DoesNotContain(gone, a.Body);
        }
        Assert.Contains("Für Gewerbekunden gelten eigene Verträge", a.Body);
    }

    [Fact]
    public void A_heading_over_nothing_but_a_link_list_goes_with_it()
    {
        var a = Import("<h1>Stadtwerke senken Strompreis</h1>" + Lead + "<h2>Die wichtigsten Ereignisse</h2><ul><li><a href=\"#1\">Preise sinken</a></li><li><a href=\"#2\">Kunden erfahren es per Brief</a></li></ul>" + Middle + "<h2>Gewerbe</h2>" + End);
        Assert.DoesNotContain("Die wichtigsten Ereignisse", a.Body);
        Assert.DoesNotContain("Kunden erfahren es per Brief", a.Body);
        Assert.Contains("## Gewerbe", a.Body);
    }

    [Fact]
    public void Date_lines_around_a_time_go_and_sentences_with_a_time_stay()
    {
        var a = Import("<h1>Stadtwerke senken Strompreis</h1><p>Veröffentlicht am <time datetime=\"2025-03-11T17:02\">11.03.2025, 17:02 Uhr</time> · aktualisiert</p>" + Lead
            + "<p>Die Preise gelten ab dem <time datetime=\"2025-05-01\">1. Mai</time>, teilte das Unternehmen mit.</p>" + Middle + End);
        Assert.DoesNotContain("17:02", a.Body);
        Assert.Contains("Die Preise gelten ab dem 1. Mai, teilte das Unternehmen mit.", a.Body);
        Assert.Equal("2025-03-11", a.Date?.ToIso());
    }

    [Fact]
    public void The_headline_repeated_after_a_badge_is_not_a_subheading()
    {
        var a = Import("<span class=\"badge\">LIVE</span><h1>Stadtwerke senken Strompreis</h1>" + Lead + Middle + End);
        Assert.Equal("Stadtwerke senken Strompreis", a.Title);
        Assert.DoesNotContain("## Stadtwerke", a.Body);
        Assert.DoesNotContain("LIVE", a.Body);
    }

    [Fact]
    public void A_byline_after_a_badge_or_a_standfirst_is_the_author_and_a_sentence_starting_with_by_is_text()
    {
        var a = Import("<span class=\"badge\">LIVE</span><h1>Storm closes the harbour</h1><p>Ferries are cancelled and thousands of homes have lost power as the storm reaches the coast.</p><p>By Rowan Example</p>"
            + "<p>By Friday, the council will decide whether the schools can open again after the storm has passed.</p><p>The grid operator said engineers were working through the night to reconnect the villages along the shore.</p>",
            "<title>Storm closes the harbour | Post</title>");
        Assert.Equal("Rowan Example", a.Author);
        Assert.DoesNotContain("By Rowan Example", a.Body);
        Assert.Contains("By Friday, the council will decide", a.Body);
    }

    [Fact]
    public void A_byline_found_by_the_reader_loses_its_von()
    {
        var a = Import("<h1>Stadtwerke senken Strompreis</h1><div class=\"meta\"><span class=\"author\" rel=\"author\">Von Henrike Beispiel</span></div>" + Lead + Middle + End);
        Assert.Equal("Henrike Beispiel", a.Author);
    }
}
