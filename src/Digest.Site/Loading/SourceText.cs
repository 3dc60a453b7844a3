using System.Text;
using Digest.Core.Diagnostics;

namespace Digest.Site.Loading;

/// <summary>Decodes input files strictly as UTF-8, with clear errors for binary or mis-encoded files.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null with an error naming the problem.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var probe = Math.Min(bytes.Length, 8192);
        for (var i = 0; i < probe; i++)
        {
            if (bytes[i] == 0)
            {
                var (line, column) = Locate(bytes, i);
                diagnostics.Error(displayPath, line, column, "looks like a binary file (it contains NUL bytes), not UTF-8 text", DiagnosticCodes.BinaryFile);
                return null;
            }
        }
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : 0;
            var (line, column) = Locate(bytes, offset);
            diagnostics.Error(displayPath, line, column,
                "is not valid UTF-8 (perhaps Latin-1/Windows-1252); re-save the file as UTF-8", DiagnosticCodes.NotUtf8);
            return null;
        }
    }

    /// <summary>
    /// Where <paramref name="tail"/> starts in <paramref name="bytes"/>, which decoded to <paramref name="text"/>; null when
    /// <paramref name="tail"/> is not the end of <paramref name="text"/> or does not start on a character boundary.
    /// </summary>
    public static int? TailStart(byte[] bytes, string text, string tail)
    {
        if (!text.EndsWith(tail, StringComparison.Ordinal))
        {
            return null;
        }
        var head = text.AsSpan(0, text.Length - tail.Length);
        if (tail.Length > 0 && char.IsLowSurrogate(tail[0]))
        {
            return null;
        }
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return bom + StrictUtf8.GetByteCount(head);
    }

    /// <summary>Decodes <paramref name="bytes"/> from <paramref name="start"/> on, which the caller knows to be valid UTF-8.</summary>
    public static string DecodeTail(byte[] bytes, int start) => Encoding.UTF8.GetString(bytes, start, bytes.Length - start);

    private static (int Line, int Column) Locate(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
