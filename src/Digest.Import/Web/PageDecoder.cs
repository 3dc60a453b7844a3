using System.Text;
using System.Text.RegularExpressions;
using Digest.Import.Text;

namespace Digest.Import.Web;

/// <summary>
/// Turns a fetched body into text the way browsers choose its encoding: a byte-order mark first, then the charset
/// of the Content-Type header, then a <c>&lt;meta charset&gt;</c> (or <c>http-equiv</c>) near the top of the page;
/// without any of them, UTF-8 when it is valid, else Latin-1 (as for saved files).
/// </summary>
internal static partial class PageDecoder
{
    /// <summary>How far into the page a meta charset is looked for (the HTML standard's prescan window).</summary>
    private const int PrescanBytes = 1024;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodeResult Decode(byte[] body, string? headerCharset)
    {
        if (HasBom(body))
        {
            return TextDecoder.Decode(body);
        }
        var declared = headerCharset ?? MetaCharset(body);
        if (declared is not null && Resolve(declared) is { } encoding)
        {
            if (encoding.CodePage == Encoding.UTF8.CodePage)
            {
                // The fallback handles damaged UTF-8 best (and reports it).
                return TextDecoder.Decode(body);
            }
            var text = TextDecoder.NormalizeNewlines(encoding.GetString(body));
            if (text.Contains('\0'))
            {
                return new DecodeResult(null, "binary", "the page is binary, not text (it contains NUL bytes)");
            }
            return text.Trim().Length == 0
                ? new DecodeResult(null, encoding.WebName, "the page is empty")
                : new DecodeResult(text, encoding.WebName, null);
        }
        return TextDecoder.Decode(body);
    }

    /// <summary>The encoding for a charset label; Latin-1 labels mean Windows-1252, as in every browser.</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252")
        {
            name = "windows-1252";
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset a page declares in its first kilobyte, or null.</summary>
    public static string? MetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, PrescanBytes));
        var m = MetaCharsetPattern().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    private static bool HasBom(byte[] b) =>
        (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) || (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)));

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
