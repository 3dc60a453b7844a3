using AngleSharp.Html.Parser;
using Digest.Import.Html;

namespace Digest.Import.Tests.Html;

/// <summary>Dialogs and the small boxes around controls leave the page before its content is looked for.</summary>
public class PageCleanerTests
{
    private const string Running = "<p>Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit.</p>"
        + "<p>Die Opposition kritisierte vor allem die Kürzungen bei den Zuschüssen für Vereine und kündigte an, im Frühjahr einen eigenen Antrag vorzulegen.</p>"
        + "<p>Der Kämmerer verwies auf die gestiegenen Zinsen und die Kosten für die Sanierung der Schulen, die in den nächsten Jahren anstehen.</p>";

    private static string Cleaned(string body)
    {
        var page = new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");
        PageCleaner.Clean(page);
        return page.Body!.TextContent;
    }

    [Fact]
    public void A_consent_dialog_goes_whole()
    {
        var text = Cleaned("<div role=\"dialog\" aria-label=\"Datenschutz\"><h2>Ihre Privatsphäre</h2><p>Wir und unsere Partner verarbeiten Daten.</p></div><article>" + Running + "</article>");
        Assert.DoesNotContain("Privatsphäre", text);
        Assert.DoesNotContain("Partner", text);
        Assert.Contains("Haushalt", text);
    }

    [Fact]
    public void A_newsletter_box_around_a_form_goes_with_its_blurb()
    {
        var text = Cleaned("<article>" + Running + "<div class=\"box\"><p>Der Morgen</p><p>Jeden Werktag die wichtigsten Nachrichten in Ihrem Postfach.</p><form><input type=\"email\"><button>Anmelden</button></form></div>" + Running + "</article>");
        Assert.DoesNotContain("Postfach", text);
        Assert.DoesNotContain("Der Morgen", text);
        Assert.Contains("Kämmerer", text);
    }

    [Fact]
    public void A_consent_placeholder_of_an_embed_goes_with_its_text()
    {
        var text = Cleaned("<article>" + Running + "<div><p>Um diesen Inhalt zu sehen, müssen Sie der Verarbeitung durch den Anbieter zustimmen.</p><p><button>Inhalt anzeigen</button></p></div>" + Running + "</article>");
        Assert.DoesNotContain("Um diesen Inhalt zu sehen", text);
        Assert.Contains("Opposition", text);
    }

    [Fact]
    public void A_short_article_with_a_button_keeps_its_text()
    {
        var text = Cleaned("<div class=\"story\"><p>Der Stadtrat hat den Haushalt beschlossen.</p><p>Die Opposition will klagen.</p><button>Vorlesen</button></div>");
        Assert.Contains("Haushalt", text);
        Assert.Contains("Opposition", text);
        Assert.DoesNotContain("Vorlesen", text);
    }

    [Fact]
    public void A_button_in_a_figure_leaves_the_caption()
    {
        var text = Cleaned("<article>" + Running + "<figure><img src=\"a.jpg\" alt=\"\"><button>Vergrößern</button><figcaption>Das Rathaus am Abend.</figcaption></figure></article>");
        Assert.Contains("Das Rathaus am Abend.", text);
        Assert.DoesNotContain("Vergrößern", text);
    }

    [Fact]
    public void The_byline_and_date_around_a_listen_button_stay()
    {
        var text = Cleaned("<article><h1>Haushalt beschlossen</h1><div class=\"meta\"><span>Von Erika Muster</span> <time datetime=\"2024-03-04\">4.3.2024</time> <button>Anhören</button></div>" + Running + "</article>");
        Assert.Contains("Von Erika Muster", text);
        Assert.Contains("4.3.2024", text);
    }
}
