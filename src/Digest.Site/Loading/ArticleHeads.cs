using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Loading;

/// <summary>
/// Articles read from the start of their files only: the front matter is parsed, the body is read when first asked for.
/// Decoding and keeping every body of a large site is most of what loading it from nothing costs (the bodies are nearly
/// all of its bytes, and keeping them makes the collector copy them); a site shown before its bodies are rendered needs
/// none of them. The article is the one a full parse gives, with an empty <see cref="Article.Body"/>, as an article
/// remembered by the build cache has.
/// </summary>
internal static class ArticleHeads
{
    /// <summary>How much of a file is read first; front matter longer than this (rare) makes the whole file read.</summary>
    private const int HeadBytes = 4096;

    /// <summary>
    /// The article at <paramref name="file"/> from its front matter; <paramref name="readBody"/> reads its body later
    /// (null when the whole file was read, and the body is the article's own).
    /// </summary>
    public static Article? Load(SourceFile file, string display, DiagnosticBag diagnostics, out Func<string>? readBody)
    {
        readBody = null;
        var path = file.Path;
        if (Head(path) is { } head)
        {
            var scratch = new DiagnosticBag();
            // Only when the front matter closes inside the head is it the file's front matter; otherwise the file is read whole.
            if (SourceText.Decode(head, display, scratch) is { } text && FrontMatterSplitter.Split(text, display, scratch) is not null)
            {
                var own = new DiagnosticBag();
                var article = ArticleParser.Parse(text, display, own);
                diagnostics.AddRange(own.Sorted());
                readBody = () => BodyOf(path, display);
                return article is null ? null : article with { Body = string.Empty };
            }
        }
        var whole = new DiagnosticBag();
        var all = SourceText.Decode(File.ReadAllBytes(path), display, whole);
        var parsed = all is null ? null : ArticleParser.Parse(all, display, whole);
        diagnostics.AddRange(whole.Sorted());
        return parsed;
    }

    /// <summary>
    /// The file's first bytes through the line that closes its front matter (else through the last whole line read); null
    /// when the file is no longer than them (it is read whole).
    /// </summary>
    private static byte[]? Head(string path)
    {
        using SafeFileHandle handle = File.OpenHandle(path);
        var buffer = new byte[HeadBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (n == 0)
            {
                return null;
            }
            read += n;
        }
        if (RandomAccess.GetLength(handle) <= HeadBytes)
        {
            return null;
        }
        // Cut after a line feed, so no character and no CR LF pair is split; decoding and splitting only the front
        // matter, not the start of the body, is half of what reading a head costs.
        var cut = ClosingLineEnd(buffer);
        if (cut < 0)
        {
            cut = Array.LastIndexOf(buffer, (byte)'\n');
        }
        return cut < 0 ? null : buffer.AsSpan(0, cut + 1).ToArray();
    }

    /// <summary>
    /// Where the first line after the first that reads <c>---</c> or <c>...</c> (ASCII spaces, tabs and CR after it allowed)
    /// ends: the line feed's offset, or -1. The front matter's own splitter then checks the head; a closing line this
    /// misses (other trailing white space) only makes the head longer.
    /// </summary>
    private static int ClosingLineEnd(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.IndexOf((byte)'\n') + 1;
        while (start > 0 && start < bytes.Length)
        {
            var length = bytes[start..].IndexOf((byte)'\n');
            if (length < 0)
            {
                return -1;
            }
            var line = bytes.Slice(start, length).TrimEnd(" \t\r"u8);
            if (line.SequenceEqual("---"u8) || line.SequenceEqual("..."u8))
            {
                return start + length;
            }
            start += length + 1;
        }
        return -1;
    }

    /// <summary>The body as a full parse gives it (the part after the front matter, line endings normalised).</summary>
    private static string BodyOf(string path, string display)
    {
        var scratch = new DiagnosticBag();
        var text = SourceText.Decode(File.ReadAllBytes(path), display, scratch);
        return (text is null ? null : FrontMatterSplitter.Split(text, display, scratch)?.Body)
            ?? throw new IOException($"{display} changed while the site was being built; build again");
    }
}
