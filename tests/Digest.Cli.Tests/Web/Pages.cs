using System.Globalization;

namespace Digest.Cli.Tests.Web;

/// <summary>Fictional news pages and feeds written for these tests.</summary>
internal static class Pages
{
    public static string Article(string title, string date, string body = "Die Lage an der Grenze bleibt angespannt, sagen Beobachter.") => $"""
        <!doctype html>
        <html lang="de"><head><meta charset="utf-8"><title>{title} | Testzeitung</title>
        <meta property="article:published_time" content="{date}T08:00:00+01:00"></head>
        <body><header><nav><a href="/">Start</a></nav></header>
        <article><h1>{title}</h1><time datetime="{date}T08:00:00+01:00">{date}</time>
        <p>{body} Die Regierung kündigte am Montag weitere Gespräche an, nachdem die Verhandlungen in der vergangenen Woche ohne Ergebnis geblieben waren.</p>
        <p>Nach Angaben des Ministeriums sollen die Gespräche in der kommenden Woche fortgesetzt werden. Beide Seiten betonten, dass sie an einer Lösung interessiert seien.</p>
        <p>Beobachter rechnen dennoch nicht mit einer schnellen Einigung, weil die Positionen in zentralen Fragen weit auseinanderliegen.</p>
        </article><footer>Impressum</footer></body></html>
        """;

    /// <summary>A page with neither a headline nor a document title: only running text and its date.</summary>
    public static string Untitled(string date) => $"""
        <!doctype html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body><article><time datetime="{date}T07:00:00+02:00">{date}</time>
        <p>Die Stadtwerke haben am Montag neue Preise für Fernwärme angekündigt. Ab dem Sommer zahlen Haushalte im Schnitt etwas weniger als bisher.</p>
        <p>Nach Angaben des Unternehmens sind vor allem die gesunkenen Einkaufspreise für Gas der Grund. Die neuen Tarife sollen im Juni veröffentlicht werden.</p>
        <p>Mietervereine begrüßten die Ankündigung, verlangen aber, dass die Senkung auch in den Nebenkostenabrechnungen ankommt.</p>
        </article></body></html>
        """;

    /// <summary>An RSS 2.0 feed whose items link to <c>/items/N.html</c> on <paramref name="server"/>, dated one day apart backwards from 2024-05-10.</summary>
    public static string Rss(LocalWebServer server, int count)
    {
        var items = new System.Text.StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var date = new DateTimeOffset(2024, 5, 11 - i, 9, 30, 0, TimeSpan.Zero);
            items.Append($"""
                <item><title>Meldung Nummer {i}</title><link>{server.Url($"/items/{i}.html")}</link>
                <guid>{server.Url($"/items/{i}.html")}</guid>
                <pubDate>{date.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} GMT</pubDate>
                <author>redaktion@example.org (Erika Feed)</author>
                <description>&lt;p&gt;Kurzfassung der Meldung {i}.&lt;/p&gt;</description></item>
                """);
        }
        return $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Testzeitung</title><link>{server.Url("/")}</link>{items}</channel></rss>""";
    }
}
