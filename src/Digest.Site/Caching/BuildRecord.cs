using System.Text;
using Digest.Core.Diagnostics;

namespace Digest.Site.Caching;

/// <summary>
/// The small index a successful build leaves beside the build cache (<c>NAME.digest-build</c>): which input files it read
/// (length and time each), which files it left in which output folder (the same), the window of dates within which
/// "now" gives the same site (articles and editions dated in the future are left out), and what it reported. A build
/// that finds all of it still true — same context, same input files, every output file still as written — has nothing
/// to do (<see cref="UnchangedBuild"/>). Framed like every cache file (context, checksum); anything else sets it aside.
/// </summary>
internal sealed record BuildRecord
{
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "DGSTBILD"u8.ToArray();

    /// <summary>The output folder, absolute.</summary>
    public required string OutputDir { get; init; }

    /// <summary>The local time zone the build ran in (dates without an offset are read in it).</summary>
    public required string TimeZone { get; init; }

    /// <summary>The latest date at or before the build's "now" of any article or edition (UTC ticks; <see cref="long.MinValue"/>: none).</summary>
    public required long LatestShown { get; init; }

    /// <summary>The earliest date after the build's "now" (UTC ticks; <see cref="long.MaxValue"/>: none, or future ones are shown).</summary>
    public required long EarliestHidden { get; init; }

    public required int Articles { get; init; }

    /// <summary>Article files loaded (drafts and future ones too), all of them reused by a build that has nothing to do.</summary>
    public required int Loaded { get; init; }

    public required int Files { get; init; }

    public required int Pages { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required InputSnapshot Inputs { get; init; }

    /// <summary>Every file the build left in the output folder (and its manifest), ordinal order.</summary>
    public required IReadOnlyList<FileStamp> Outputs { get; init; }

    /// <summary>The other cache files as the build left them (absolute paths; length -1: absent), so a damaged or deleted one is rebuilt.</summary>
    public required IReadOnlyList<FileStamp> Caches { get; init; }

    /// <summary>The record file beside build cache file <paramref name="cacheFile"/>.</summary>
    public static string FileBeside(string cacheFile) => Path.ChangeExtension(cacheFile, ".digest-build");

    /// <summary>The time zone as recorded.</summary>
    public static string CurrentTimeZone() => TimeZoneInfo.Local.Id + " " + TimeZoneInfo.Local.BaseUtcOffset.Ticks;

    public byte[] Serialize(string context)
    {
        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(context);
            w.Write(Inputs.Files.Count);
            w.Write(OutputDir);
            w.Write(TimeZone);
            w.Write(LatestShown);
            w.Write(EarliestHidden);
            w.Write(Articles);
            w.Write(Loaded);
            w.Write(Files);
            w.Write(Pages);
            CacheCodec.WriteDiagnostics(w, Diagnostics);
            foreach (var file in Inputs.Files)
            {
                WriteStamp(w, file);
            }
            w.Write(Outputs.Count);
            foreach (var file in Outputs)
            {
                WriteStamp(w, file);
            }
            w.Write(Caches.Count);
            foreach (var file in Caches)
            {
                WriteStamp(w, file);
            }
        }
        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        buffer.Write(CheckedCacheFile.Checksum(payload));
        return buffer.ToArray();
    }

    /// <summary>The record in <paramref name="file"/> when it is whole and made in <paramref name="context"/>; null otherwise.</summary>
    public static BuildRecord? Read(string file, string context)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }
            var bytes = File.ReadAllBytes(file);
            if (CheckedCacheFile.Open(bytes, Magic, FormatVersion, context, out var reader, out var count, out var end) is not null || reader is null)
            {
                return null;
            }
            using var r = reader;
            var record = new BuildRecord
            {
                OutputDir = r.ReadString(),
                TimeZone = r.ReadString(),
                LatestShown = r.ReadInt64(),
                EarliestHidden = r.ReadInt64(),
                Articles = r.ReadInt32(),
                Loaded = r.ReadInt32(),
                Files = r.ReadInt32(),
                Pages = r.ReadInt32(),
                Diagnostics = CacheCodec.ReadDiagnostics(r),
                Inputs = InputSnapshot.Of(ReadStamps(r, count)),
                Outputs = ReadStamps(r, ArticleCodec.Count(r)),
                Caches = ReadStamps(r, ArticleCodec.Count(r)),
            };
            return r.BaseStream.Position == end ? record : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException
                                       or ArgumentException or FormatException or DecoderFallbackException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteStamp(BinaryWriter w, FileStamp file)
    {
        w.Write(file.Path);
        w.Write(file.Length);
        w.Write(file.Stamp);
        w.Write((byte)(file.Hash?.Length ?? 0));
        if (file.Hash is { } hash)
        {
            w.Write(hash);
        }
    }

    private static List<FileStamp> ReadStamps(BinaryReader r, int count)
    {
        var list = new List<FileStamp>(count);
        for (var i = 0; i < count; i++)
        {
            var path = r.ReadString();
            var length = r.ReadInt64();
            var stamp = r.ReadInt64();
            var hashLength = r.ReadByte();
            var hash = hashLength == 0 ? null : r.ReadBytes(hashLength);
            if (hash is not null && hash.Length != hashLength)
            {
                throw new EndOfStreamException();
            }
            list.Add(new FileStamp(path, length, stamp, hash));
        }
        return list;
    }
}
