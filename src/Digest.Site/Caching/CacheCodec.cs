using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// Binary form of build cache entries: the parsed article (<see cref="ArticleCodec"/>), its warnings and its rendered body.
/// </summary>
internal static class CacheCodec
{
    /// <summary>Writes one entry; a body's HTML is written as where it lies in the bodies file (<paramref name="offsetOf"/>).</summary>
    public static void WriteEntry(BinaryWriter w, string key, CacheEntry entry, Func<CachedHtml, long>? offsetOf = null)
    {
        w.Write(key);
        w.Write(entry.ContentHash);
        ArticleCodec.WriteArticle(w, entry.Article);
        w.Write(entry.BodyOffset);
        WriteDiagnostics(w, entry.Diagnostics);
        w.Write(entry.Markdown is not null);
        if (entry.Markdown is { } md)
        {
            w.Write(md.OutputPath);
            ArticleCodec.WriteOptional(w, md.TargetsHash);
            // The HTML itself lies in the bodies file: a reader fetches it only if a page needs it.
            var offset = offsetOf?.Invoke(md.Html) ?? -1;
            if (offset < BodyStore.HeaderLength)
            {
                throw new InvalidOperationException("a body's HTML is written to the bodies file before its entry");
            }
            w.Write7BitEncodedInt(md.Html.Length);
            w.Write(md.Html.Fingerprint);
            w.Write(offset);
            w.Write(md.Headings.Count);
            foreach (var h in md.Headings)
            {
                w.Write(h.Level);
                w.Write(h.Id);
                w.Write(h.Text);
            }
            w.Write(md.Anchors.Count);
            foreach (var a in md.Anchors)
            {
                w.Write(a);
            }
            w.Write(md.WordCount);
            WriteDiagnostics(w, md.Diagnostics);
        }
        w.Write(entry.SourceLength);
        w.Write(entry.SourceStamp);
    }

    /// <summary>
    /// Reads one entry. A body's HTML is left in <paramref name="bodies"/> and read only when something asks for it; an
    /// entry with a body and no bodies file to find it in is damage.
    /// </summary>
    public static (string Key, CacheEntry Entry) ReadEntry(BinaryReader r, BodyStore? bodies = null)
    {
        var key = r.ReadString();
        var hash = r.ReadString();
        var article = ArticleCodec.ReadArticle(r);
        var bodyOffset = r.ReadInt32();
        var diagnostics = ReadDiagnostics(r);
        CachedMarkdown? markdown = null;
        if (r.ReadBoolean())
        {
            var outputPath = r.ReadString();
            var targetsHash = ArticleCodec.ReadOptional(r);
            var html = ReadHtml(r, bodies);
            var headings = new TocEntry[ArticleCodec.Count(r)];
            for (var i = 0; i < headings.Length; i++)
            {
                headings[i] = new TocEntry(r.ReadInt32(), r.ReadString(), r.ReadString());
            }
            var anchorCount = ArticleCodec.Count(r);
            var anchors = new HashSet<string>(anchorCount, StringComparer.Ordinal);
            for (var i = 0; i < anchorCount; i++)
            {
                anchors.Add(r.ReadString());
            }
            var words = r.ReadInt32();
            markdown = new CachedMarkdown(outputPath, targetsHash, html, headings, anchors, words, ReadDiagnostics(r));
        }
        var sourceLength = r.ReadInt64();
        var sourceStamp = r.ReadInt64();
        return (key, new CacheEntry(hash, article, bodyOffset, diagnostics, markdown, sourceLength, sourceStamp));
    }

    internal static void WriteDiagnostics(BinaryWriter w, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write(d.Path);
            w.Write(d.Line);
            w.Write(d.Column);
            w.Write((byte)d.Severity);
            w.Write(d.Message);
            w.Write(d.Code.Id);
        }
    }

    internal static Diagnostic[] ReadDiagnostics(BinaryReader r)
    {
        var list = new Diagnostic[ArticleCodec.Count(r)];
        for (var i = 0; i < list.Length; i++)
        {
            var path = r.ReadString();
            var line = r.ReadInt32();
            var column = r.ReadInt32();
            var severity = r.ReadByte() switch
            {
                0 => Severity.Warning,
                1 => Severity.Error,
                _ => throw new InvalidDataException("unknown severity"),
            };
            var message = r.ReadString();
            // A code this build does not define means the file is not one it wrote: treat it as damaged.
            var code = DiagnosticCodes.Find(r.ReadString()) ?? throw new InvalidDataException("unknown diagnostic code");
            list[i] = new Diagnostic(path, line, column, severity, message, code);
        }
        return list;
    }

    private static CachedHtml ReadHtml(BinaryReader r, BodyStore? bodies)
    {
        var length = r.Read7BitEncodedInt();
        var fingerprint = r.ReadBytes(CheckedCacheFile.ChecksumLength);
        var offset = r.ReadInt64();
        if (bodies is null || fingerprint.Length != CheckedCacheFile.ChecksumLength || !bodies.Holds(offset, length))
        {
            throw new InvalidDataException("a body lies outside the bodies file");
        }
        return new CachedHtml(bodies, offset, length, fingerprint);
    }
}
