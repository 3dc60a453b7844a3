using System.Buffers;
using System.Text;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes text as escaped XML 1.0, straight to UTF-8. Characters XML 1.0 does not allow (most C0 controls,
/// U+FFFE, U+FFFF, unpaired surrogates) are dropped instead of failing the build: one stray control character
/// in an article must not cost the whole feed.
/// </summary>
internal static class XmlEscaping
{
    // Only the ASCII specials go into the searched sets: a set with surrogates in it is searched by a probabilistic
    // map, several times slower than an ASCII set, and article bodies are long. The non-ASCII specials (surrogates,
    // U+FFFE, U+FFFF) are found with one range search instead, see NextSpecial.
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(Specials(attribute: false));

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials(attribute: true));

    /// <summary>From the first surrogate to U+FFFF: every non-ASCII special lies in it, and little else of real text.</summary>
    private const char NonAsciiFrom = '\uD800';

    /// <summary>Element text: escapes <c>&amp; &lt; &gt;</c> and carriage returns (which a parser would otherwise turn into line feeds).</summary>
    public static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text) => Write(output, text, TextSpecials);

    /// <summary>A double-quoted attribute value: like <see cref="WriteText"/>, plus <c>"</c>, tab and line feed (which attribute normalisation would turn into spaces).</summary>
    public static void WriteAttribute(IBufferWriter<byte> output, ReadOnlySpan<char> text) => Write(output, text, AttributeSpecials);

    /// <summary>The escaped text as a string, for tests and small values.</summary>
    public static string EscapeText(string text) => Escape(text, attribute: false);

    /// <summary>The escaped attribute value as a string, for tests and small values.</summary>
    public static string EscapeAttribute(string text) => Escape(text, attribute: true);

    /// <summary>Appends <paramref name="text"/> as UTF-8 without escaping.</summary>
    public static void WriteRaw(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>Appends bytes as they are.</summary>
    public static void WriteRaw(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (true)
        {
            var i = NextSpecial(text, specials);
            if (i < 0)
            {
                WriteRaw(output, text);
                return;
            }
            if (i > 0)
            {
                WriteRaw(output, text[..i]);
            }
            var consumed = 1;
            switch (text[i])
            {
                case '&':
                    output.Write("&amp;"u8);
                    break;
                case '<':
                    output.Write("&lt;"u8);
                    break;
                case '>':
                    // Always escaped, so "]]>" can never appear in text.
                    output.Write("&gt;"u8);
                    break;
                case '"':
                    output.Write("&quot;"u8);
                    break;
                case '\r':
                    output.Write("&#xD;"u8);
                    break;
                case '\n':
                    output.Write("&#xA;"u8);
                    break;
                case '\t':
                    output.Write("&#x9;"u8);
                    break;
                default:
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        WriteRaw(output, text.Slice(i, 2));
                        consumed = 2;
                    }
                    // Anything else here is not allowed in XML 1.0 and is dropped.
                    break;
            }
            text = text[(i + consumed)..];
        }
    }

    /// <summary>The index of the first character <see cref="Write"/> must not copy as it is, or -1.</summary>
    private static int NextSpecial(ReadOnlySpan<char> text, SearchValues<char> asciiSpecials)
    {
        var ascii = text.IndexOfAny(asciiSpecials);
        var before = ascii < 0 ? text : text[..ascii];
        var from = 0;
        while (true)
        {
            var j = before[from..].IndexOfAnyInRange(NonAsciiFrom, '\uFFFF');
            if (j < 0)
            {
                return ascii;
            }
            j += from;
            var c = before[j];
            if (char.IsSurrogate(c) || c >= '\uFFFE')
            {
                return j;
            }
            // Private use, compatibility forms, variation selectors: ordinary text. (Surrogates are checked for
            // pairing by Write; U+FFFE and U+FFFF are never allowed.)
            from = j + 1;
        }
    }

    private static string Escape(string text, bool attribute)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 16);
        Write(buffer, text, attribute ? AttributeSpecials : TextSpecials);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Specials(bool attribute)
    {
        var sb = new StringBuilder("&<>\r");
        if (attribute)
        {
            sb.Append("\"\n\t");
        }
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
