using System.Text;

namespace Digest.Import.Text;

/// <summary>Turns raw bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1; rejects binary data.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return new DecodeResult(null, "utf-8", "file is empty");
        }
        string text;
        string encoding;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // A UTF-16 text is full of NUL bytes, so it has to be recognised before the binary check.
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
            encoding = "utf-16";
        }
        else
        {
            if (LooksBinary(bytes))
            {
                return new DecodeResult(null, "binary", "file is binary, not text (it contains NUL or many control bytes)");
            }
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }
            try
            {
                text = StrictUtf8.GetString(bytes);
                encoding = "utf-8";
            }
            catch (DecoderFallbackException)
            {
                (text, encoding) = DecodeInvalidUtf8(bytes);
            }
        }
        text = NormalizeNewlines(text);
        if (text.Trim().Length == 0)
        {
            return new DecodeResult(null, encoding, "file contains only white space");
        }
        return new DecodeResult(text, encoding, null);
    }

    /// <summary>
    /// Text that is not valid UTF-8: mostly UTF-8 with a few broken bytes (a cut download, a bad paste) keeps its
    /// UTF-8 characters and marks the broken bytes with U+FFFD; otherwise it is Latin-1 (old saved pages and editors,
    /// Windows-1252 in practice), where every byte maps to a character.
    /// </summary>
    public static (string Text, string Encoding) DecodeInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var lenient = LenientUtf8.GetString(bytes);
        var replaced = 0;
        var decoded = 0;
        foreach (var ch in lenient)
        {
            if (ch == '\uFFFD')
            {
                replaced++;
            }
            else if (ch > 0x7F)
            {
                decoded++;
            }
        }
        // Latin-1 letters almost never form valid UTF-8 sequences, so a text with at least as many decoded as broken
        // characters is UTF-8 with damage, not Latin-1.
        return decoded > 0 && decoded >= replaced ? (lenient, "utf-8-repaired") : (Encoding.Latin1.GetString(bytes), "latin-1");
    }

    /// <summary>CRLF and lone CR become LF.</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 8192 ? bytes[..8192] : bytes;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }
        return control * 20 > sample.Length;
    }
}
