using System.Text.RegularExpressions;

namespace Digest.Import.Boilerplate;

/// <summary>
/// Source-generated twins of the regexes of the shipped <c>Data/boilerplate.yml</c> (and of the credit tail built from its
/// credits). Native AOT cannot compile a regex at run time, so a pattern read from the data file would run in the
/// interpreter; a twin with the same text, options and timeout runs as generated code and matches exactly alike.
/// A pattern is only replaced by its twin when text, options and timeout are all the same, so editing the data file
/// without editing the twin falls back to the interpreter (and fails the twin test) instead of changing the output.
/// </summary>
internal static partial class ShippedPatternTwins
{
    /// <summary>Must equal <c>BoilerplateRules.RegexTimeout</c>; <see cref="Find"/> checks it.</summary>
    private const int TimeoutMilliseconds = 5000;

    private static readonly Dictionary<string, Regex> ByPattern = Index();

    /// <summary>Every twin, for the test that each one still has its pattern in the data file.</summary>
    public static IReadOnlyCollection<Regex> All => ByPattern.Values;

    /// <summary>The twin of <paramref name="pattern"/> when one has the same text, options and timeout; otherwise null.</summary>
    public static Regex? Find(string pattern, RegexOptions options, TimeSpan timeout) =>
        ByPattern.TryGetValue(pattern, out var twin) && twin.Options == options && twin.MatchTimeout == timeout ? twin : null;

    private static Dictionary<string, Regex> Index()
    {
        Regex[] twins =
        [
            DropShareBar(),
            DropBreadcrumbs(),
            DropCommentCounter(),
            DropClockTime(),
            DropGalleryAgencyCredit(),
            DropGermanUpdateNote(),
            DropEnglishUpdateNote(),
            DropTickerPromo(),
            DropReaderPoll(),
            DropRawHtmlTag(),
            DropVideoCounter(),
            DropVideoLength(),
            DropGalleryPosition(),
            DropGalleryCounter(),
            DropAgencyDatelineAlone(),
            StopPlaylistHeading(),
            StopCopyrightNotice(),
            StripCityAgencyDash(),
            StripAgencyDash(),
            StripTrailingAgency(),
            StripCityAgencyBeforeLead(),
            StripCapitalCityOutletDash(),
            StripSectionLabelAndPlace(),
            CreditTail()
        ];
        var index = new Dictionary<string, Regex>(twins.Length, StringComparer.Ordinal);
        foreach (var twin in twins)
        {
            index.Add(twin.ToString(), twin);
        }
        return index;
    }

    // patterns
    [GeneratedRegex("""^(?:(?:Facebook|Twitter|X|WhatsApp|E-Mail|Email|Mail|LinkedIn|Pinterest|Telegram|Xing|XING|Reddit|Flipboard|Pocket|Messenger|Threads|Bluesky|Mastodon|Drucken|Teilen|Kopieren|Link kopieren|Share|Tweet|Print)[\s,|·/]*){1,12}$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropShareBar();

    // patterns
    [GeneratedRegex("""^(?:[^›>.!?]{1,40}\s[›>]\s){2,8}[^›>.!?]{1,60}$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropBreadcrumbs();

    // patterns
    [GeneratedRegex("""^\d+\s+(Kommentare?|Comments?|Antworten|Replies)$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropCommentCounter();

    // patterns
    [GeneratedRegex("""^\d{1,2}[:.]\d\d(\s*Uhr)?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropClockTime();

    // patterns
    [GeneratedRegex("""(?i)\b(Foto|Fotos|Bild|Photo):\s?(picture[ -]alliance|imago|dpa|AFP|Reuters|Getty|AP|EPA|Keystone)\b""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropGalleryAgencyCredit();

    // patterns
    [GeneratedRegex("""(?i)^(?:dieser|der|unser) (?:live-?ticker|live-?blog|newsblog|artikel|beitrag|text) wird (?:fort)?laufend (?:aktualisiert|ergänzt)\.?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropGermanUpdateNote();

    // patterns
    [GeneratedRegex("""(?i)^this (?:story|article|live ?blog|live page|page) (?:will be|is being|is) (?:regularly |continuously |frequently )?updated\b[^.]{0,60}\.?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropEnglishUpdateNote();

    // patterns
    [GeneratedRegex("""^\+\+\+.{0,200}\+\+\+$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropTickerPromo();

    // patterns
    [GeneratedRegex("""^[A-ZÄÖÜ][a-zäöüß]+ (Sie|Ihnen|Ihr|Ihre)\b[^.!]{0,150}\?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropReaderPoll();

    // patterns
    [GeneratedRegex("""</?(strong|em|b|i|br|p|div|span|a|img|figure|figcaption|iframe|script|ul|li)\b[^>]{0,200}>""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropRawHtmlTag();

    // patterns
    [GeneratedRegex("""^(Playlist\s+)?\d+\s+Videos?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropVideoCounter();

    // patterns
    [GeneratedRegex("""^\d{1,2}:\d\d(\s*min\.?)?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropVideoLength();

    // patterns
    [GeneratedRegex("""^(Bild|Foto|Image|Photo)\s+\d+\s+(von|of|/)\s+\d+""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropGalleryPosition();

    // patterns
    [GeneratedRegex("""^\d+\s*/\s*\d+$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropGalleryCounter();

    // patterns
    [GeneratedRegex("""^\((dpa|AFP|Reuters|AP|Dow Jones|dpa-AFX|KNA|epd)\)\s*-{1,2}$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DropAgencyDatelineAlone();

    // stop_patterns
    [GeneratedRegex("""^Playlist\s+\d+\s+Videos?$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StopPlaylistHeading();

    // stop_patterns
    [GeneratedRegex("""^(Copyright|©)\s.{0,80}(Alle Rechte vorbehalten|All rights reserved)""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StopCopyrightNotice();

    // strip_patterns
    [GeneratedRegex("""^\p{Lu}[\p{L}.-]+(?:[ /]\p{Lu}[\p{L}.-]+){0,3}\s?\((dpa|AFP|afp|Reuters|rtr|AP|Dow Jones|dpa-AFX|KNA|epd|sda|SDA|APA|ots|Bloomberg|AWP|SID)\)\s?(--|[-–—:])\s*""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripCityAgencyDash();

    // strip_patterns
    [GeneratedRegex("""^\((dpa|AFP|afp|Reuters|rtr|AP|Dow Jones|dpa-AFX|KNA|epd|sda|SDA|APA|ots|Bloomberg|AWP|SID)\)\s?(--|[-–—:])?\s*""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripAgencyDash();

    // strip_patterns
    [GeneratedRegex("""\s\((dpa|AFP|Reuters|AP|KNA|epd|sda|APA|rtr)\)$""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripTrailingAgency();

    // strip_patterns
    [GeneratedRegex("""^\p{Lu}[\p{L}.-]+(?:[ /]\p{Lu}[\p{L}.-]+){0,3}\s?\((?:dpa|AFP|afp|Reuters|rtr|AP|KNA|epd|sda|SDA|APA|ots|AWP|SID)(?:/[\p{L}-]{1,12})?\)\.?\s?(?:--|[-–—:])?\s*(?=[\p{Lu}„"«»])""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripCityAgencyBeforeLead();

    // strip_patterns
    [GeneratedRegex("""^\p{Lu}{3,}(?:[ /-]\p{Lu}{2,}){0,2}\s\([^()]{2,40}\)\s?(?:--|[-–—:])\s*""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripCapitalCityOutletDash();

    // strip_patterns
    [GeneratedRegex("""^\p{Lu}[\p{L}-]{2,20}(?:\s\p{L}[\p{L}-]{1,20})?\s\|\s\p{Lu}[\p{L}.-]+(?:[ /]\p{Lu}[\p{L}.-]+){0,2}\s[·•–—]\s""", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex StripSectionLabelAndPlace();

    // The credit tail built from the shipped credits (BoilerplateRules.BuildCreditTail).
    [GeneratedRegex("""(\s[-–—|]\s*(?<c>(keystone|dpa|AFP|Reuters|AP|Getty\sImages|Getty|imago|imago\simages|picture\salliance|picture-alliance|EPA|APA|Xinhua|KCNA|Sputnik|Shutterstock|iStock|Unsplash|Bloomberg|ANP|Anadolu|Belga|Ritzau|TASS)([\s/|,][^.!?]{0,60})?)|(?:^|\s)\(?(?<c>(Foto|Fotos|Bild|Bilder|Photo|Photos|Image|Image\sCredit|Photo\scredit|Bildquelle|Credit|Grafik|Illustration|Icon)s?:\s*[^.!?]{2,80}\.?)\)?|\s\((?<c>(?:[^()]{0,60}\s)?(?:photo|foto|bild|image|picture)s?(?:\s[^()]{0,60})?|[^()]{0,60}\svia\s(?:keystone|dpa|AFP|Reuters|AP|Getty\sImages|Getty|imago|imago\simages|picture\salliance|picture-alliance|EPA|APA|Xinhua|KCNA|Sputnik|Shutterstock|iStock|Unsplash|Bloomberg|ANP|Anadolu|Belga|Ritzau|TASS)[^()]{0,20})\)|\s*(?<c>©[^.!?]{0,80}))\s*$""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft, TimeoutMilliseconds)]
    private static partial Regex CreditTail();
}
