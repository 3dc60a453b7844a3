using System.IO.Hashing;
using System.Text;

namespace Digest.Site.Caching;

/// <summary>
/// The frame shared by Digest's cache files: magic bytes, format version, context hash, entry count, entries,
/// then a checksum (XxHash128) of everything before it. A file that fails any check is set aside, never trusted.
/// The checksum guards against damage, not forgery: the cache is the user's own, and a non-cryptographic hash reads
/// a large cache several times faster.
/// </summary>
internal static class CheckedCacheFile
{
    public const int ChecksumLength = 16;

    /// <summary>The checksum of <paramref name="payload"/>.</summary>
    public static byte[] Checksum(ReadOnlySpan<byte> payload) => XxHash128.Hash(payload);

    /// <summary>A checksum computed piece by piece, for files written in chunks.</summary>
    public static XxHash128 NewChecksum() => new();

    /// <summary>
    /// Checks the frame of <paramref name="bytes"/>. On success returns null, a reader positioned at the first entry (the caller disposes it),
    /// the entry count and where the entries must end; otherwise the reason the file cannot be used.
    /// </summary>
    public static string? Open(byte[] bytes, byte[] magic, int formatVersion, string context, out BinaryReader? reader, out int count, out long end)
    {
        reader = null;
        count = 0;
        end = 0;
        if (bytes.Length < magic.Length + ChecksumLength || !bytes.AsSpan(0, magic.Length).SequenceEqual(magic))
        {
            return "it is not a Digest cache file";
        }
        var payload = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!Checksum(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            return "its checksum does not match (damaged)";
        }
        var r = new BinaryReader(new MemoryStream(bytes, 0, payload.Length, writable: false), Encoding.UTF8);
        var problem = ReadHeader(r, magic, formatVersion, context, payload.Length, out count);
        if (problem is not null)
        {
            r.Dispose();
            return problem;
        }
        reader = r;
        end = payload.Length;
        return null;
    }

    /// <summary>
    /// Reads the frame's header (magic, format version, context, entry count) from <paramref name="r"/>, whose payload is
    /// <paramref name="payloadLength"/> bytes long. Null and the entry count when it fits; otherwise why the file cannot be used.
    /// </summary>
    public static string? ReadHeader(BinaryReader r, byte[] magic, int formatVersion, string context, long payloadLength, out int count)
    {
        count = 0;
        if (!r.ReadBytes(magic.Length).AsSpan().SequenceEqual(magic))
        {
            return "it is not a Digest cache file";
        }
        if (r.ReadInt32() != formatVersion)
        {
            return "it has another format version";
        }
        if (r.ReadString() != context)
        {
            return "the tool version, theme or settings changed";
        }
        count = r.ReadInt32();
        return count < 0 || count > payloadLength ? "it is damaged (entry count)" : null;
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="file"/> through a temporary file and a rename, so a reader never
    /// sees half a cache. Failing to write never fails a build: returns the reason instead (null when written).
    /// </summary>
    public static string? WriteAtomically(string file, byte[] bytes)
    {
        var temp = file + ".tmp-" + Environment.ProcessId;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, file, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The temporary file stays behind; the next save replaces it.
            }
            return ex.Message;
        }
    }
}
