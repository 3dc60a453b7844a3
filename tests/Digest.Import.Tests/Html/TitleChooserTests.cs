using AngleSharp.Html.Parser;
using Digest.Import.Html;

namespace Digest.Import.Tests.Html;

/// <summary>The headline of a page without the outlet's name or a kicker marked up inside the heading.</summary>
public class TitleChooserTests
{
    private static string HeadingText(string h1, out string? kicker)
    {
        var page = new HtmlParser().ParseDocument($"<html><body><article>{h1}</article></body></html>");
        return TitleChooser.HeadingText(TitleChooser.MainHeading(page)!, out kicker);
    }

    [Fact]
    public void A_kicker_marked_up_inside_the_heading_is_split_off()
    {
        var title = HeadingText("<h1><span class=\"k\">Energiepreise</span> <span>Stadtwerke senken den Strompreis deutlich</span></h1>", out var kicker);
        Assert.Equal("Stadtwerke senken den Strompreis deutlich", title);
        Assert.Equal("Energiepreise", kicker);
    }

    [Theory]
    [InlineData("<h1>Stadtwerke senken den Strompreis deutlich</h1>", "Stadtwerke senken den Strompreis deutlich")]
    [InlineData("<h1>Stadtwerke senken <em>den</em> Strompreis deutlich</h1>", "Stadtwerke senken den Strompreis deutlich")]
    [InlineData("<h1><span>Stadtwerke senken den</span> <span>Strompreis</span></h1>", "Stadtwerke senken den Strompreis")]
    public void A_heading_of_one_run_of_words_stays_whole(string h1, string expected)
    {
        Assert.Equal(expected, HeadingText(h1, out var kicker));
        Assert.Null(kicker);
    }

    [Theory]
    [InlineData("Alpine glaciers shed record ice » Northern Review", null, "Alpine glaciers shed record ice")]
    [InlineData("Mieten steigen kräftig · Beispielblatt", null, "Mieten steigen kräftig")]
    [InlineData("Mieten steigen kräftig | Beispielblatt", null, "Mieten steigen kräftig")]
    [InlineData("Mieten steigen kräftig - Beispielblatt Online", "Beispielblatt", "Mieten steigen kräftig")]
    [InlineData("Ost - West: Ein alter Streit kehrt zurück", null, "Ost - West: Ein alter Streit kehrt zurück")]
    public void The_outlet_after_a_separator_goes(string title, string? source, string expected)
    {
        Assert.Equal(expected, TitleChooser.Clean(title, source));
    }

    [Fact]
    public void What_follows_the_pages_own_heading_after_a_separator_is_the_outlet()
    {
        Assert.Equal("Tariff threat rattles furniture makers",
            TitleChooser.Clean("Tariff threat rattles furniture makers - The Lakeshore Example Times", null, "Tariff threat rattles furniture makers"));
    }

    [Fact]
    public void Json_ld_or_open_graph_come_before_the_heading_and_the_heading_before_the_document_title()
    {
        Assert.Equal("Aus den Metadaten", TitleChooser.Choose("Aus den Metadaten", "Die Überschrift", null, "Dokument | Blatt", null));
        Assert.Equal("Die Überschrift", TitleChooser.Choose(null, "Die Überschrift", null, "Ganz anders betitelt | Blatt", null));
        Assert.Equal("Dokument", TitleChooser.Choose(null, null, null, "Dokument | Blatt", null));
        Assert.Null(TitleChooser.Choose(null, "", null, " ", null));
    }
}
