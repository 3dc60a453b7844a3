using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Digest.Import.Web;

/// <summary>
/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds. DTDs are refused and nothing external is resolved, so a feed cannot
/// make the reader fetch or expand anything.
/// </summary>
public static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The feed, or null with <paramref name="error"/> saying why the bytes are not one.</summary>
    public static Feed? Read(byte[] bytes, Uri? baseUrl, out string? error)
    {
        error = null;
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            error = $"not a readable feed: line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}";
            return null;
        }
        var root = doc.Root!;
        if (root.Name == Atom + "feed")
        {
            return ReadAtom(root, baseUrl);
        }
        if (root.Name.LocalName is "rss" or "RDF")
        {
            return ReadRss(root, baseUrl);
        }
        error = $"not an RSS or Atom feed (the document is <{root.Name.LocalName}>)";
        return null;
    }

    private static Feed ReadRss(XElement root, Uri? baseUrl)
    {
        var channel = Child(root, "channel");
        var items = new List<FeedItem>();
        // RSS 2.0 keeps items in the channel; RSS 1.0 beside it.
        foreach (var item in (channel ?? root).Elements().Concat(channel is null ? [] : root.Elements()))
        {
            if (item.Name.LocalName != "item")
            {
                continue;
            }
            var link = Absolute(Text(Child(item, "link")), baseUrl);
            var guid = Text(Child(item, "guid"));
            var date = ParseDate(Text(Child(item, "pubDate")) ?? Text(item.Element(Dc + "date")));
            var author = Text(item.Element(Dc + "creator")) ?? RssAuthor(Text(Child(item, "author")));
            var content = Text(item.Element(Content + "encoded")) ?? Text(Child(item, "description"));
            items.Add(new FeedItem(Text(Child(item, "title")), link, guid, date, author, content));
        }
        return new Feed(Text(Child(channel ?? root, "title")), items);
    }

    /// <summary>RSS writes authors as <c>mail@example.org (Name)</c>: the name is the byline, the address is not.</summary>
    private static string? RssAuthor(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var open = text.IndexOf('(');
        if (open > 0 && text.EndsWith(')') && text[..open].Contains('@'))
        {
            return Clean(text[(open + 1)..^1]);
        }
        return text.Contains('@') && !text.Contains(' ') ? null : text;
    }

    private static Feed ReadAtom(XElement root, Uri? baseUrl)
    {
        var items = new List<FeedItem>();
        var feedAuthor = Text(root.Element(Atom + "author")?.Element(Atom + "name"));
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            string? link = null;
            foreach (var l in entry.Elements(Atom + "link"))
            {
                var rel = (string?)l.Attribute("rel") ?? "alternate";
                if (rel == "alternate")
                {
                    link = Absolute((string?)l.Attribute("href"), baseUrl);
                    break;
                }
            }
            var date = ParseDate(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")));
            var author = Text(entry.Element(Atom + "author")?.Element(Atom + "name")) ?? feedAuthor;
            var content = AtomContent(entry.Element(Atom + "content")) ?? AtomContent(entry.Element(Atom + "summary"));
            items.Add(new FeedItem(AtomContentText(entry.Element(Atom + "title")), link, Text(entry.Element(Atom + "id")), date, author, content));
        }
        return new Feed(AtomContentText(root.Element(Atom + "title")), items);
    }

    /// <summary>Atom text constructs as HTML: <c>html</c> is escaped HTML, <c>xhtml</c> a div of markup, <c>text</c> plain text.</summary>
    private static string? AtomContent(XElement? e)
    {
        if (e is null)
        {
            return null;
        }
        var type = (string?)e.Attribute("type") ?? "text";
        if (type == "xhtml")
        {
            var div = e.Elements().FirstOrDefault();
            return div is null ? null : string.Concat(div.Nodes().Select(static n => n.ToString(SaveOptions.DisableFormatting)));
        }
        var text = Text(e);
        return text is null || type == "html" ? text : "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>";
    }

    private static string? AtomContentText(XElement? e)
    {
        if (e is null)
        {
            return null;
        }
        var type = (string?)e.Attribute("type") ?? "text";
        var raw = type == "xhtml" ? e.Value : Text(e);
        if (raw is null || type == "text")
        {
            return raw;
        }
        // A title given as HTML: its text, without markup.
        var withoutTags = MarkupTag().Replace(raw, string.Empty);
        return Clean(System.Net.WebUtility.HtmlDecode(withoutTags));
    }

    /// <summary>RFC 822 dates (RSS, with named zones) and ISO 8601 dates (Atom, Dublin Core).</summary>
    public static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && text.Contains('-'))
        {
            return iso;
        }
        var t = text.Trim();
        var comma = t.IndexOf(',');
        if (comma >= 0)
        {
            t = t[(comma + 1)..].Trim();
        }
        foreach (var (zone, offset) in NamedZones)
        {
            if (t.EndsWith(" " + zone, StringComparison.OrdinalIgnoreCase))
            {
                t = t[..^zone.Length] + offset;
                break;
            }
        }
        string[] formats = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss", "d MMM yy HH:mm:ss zzz"];
        t = ZoneOffsetWithoutColon().Replace(t, "$1:$2");
        return DateTimeOffset.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }

    private static readonly (string Zone, string Offset)[] NamedZones =
    [
        ("GMT", "+00:00"), ("UT", "+00:00"), ("UTC", "+00:00"), ("Z", "+00:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
        ("CET", "+01:00"), ("CEST", "+02:00"),
    ];

    private static XElement? Child(XElement parent, string localName)
    {
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName == localName)
            {
                return e;
            }
        }
        return null;
    }

    private static string? Text(XElement? e) => e is null ? null : Clean(e.Value);

    private static string? Clean(string value)
    {
        var t = value.Trim();
        return t.Length == 0 ? null : t;
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (href is null)
        {
            return null;
        }
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            return abs.ToString();
        }
        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var rel) && rel.Scheme is "http" or "https" ? rel.ToString() : null;
    }

    // Fixed patterns, generated at build time: the native tool would otherwise interpret them.
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex MarkupTag();

    /// <summary>"+0100" at the end of a date, which the parse formats want as "+01:00".</summary>
    [GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial Regex ZoneOffsetWithoutColon();
}
