using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Caching;

/// <summary>
/// The rendered bodies of the build cache, in a file of their own beside it (<c>NAME.digest-bodies</c>): a header naming
/// the file (magic, format version, a random id), then the bodies' HTML one after another, nothing else. The build cache
/// holds where each body lies, its length and its XxHash128; a rebuild reads only the bodies it renders again (each checked
/// against that hash as it is read) and appends the bodies it rendered, so neither reading nor saving the cache touches
/// the HTML of the articles that did not change. When appended bodies nobody refers to any more outweigh the ones in use,
/// the next save writes a fresh file under a new id (<see cref="BuildCache"/>).
/// </summary>
internal sealed class BodyStore : IDisposable
{
    public const int FormatVersion = 1;

    public const int IdLength = 16;

    /// <summary>Magic, format version and id: where the first body starts.</summary>
    public const int HeaderLength = 8 + 4 + IdLength;

    private static readonly byte[] Magic = "DGSTBODY"u8.ToArray();

    private BodyStore(string file, byte[] id, SafeFileHandle handle, long length)
    {
        File = file;
        Id = id;
        Handle = handle;
        Length = length;
    }

    public string File { get; }

    /// <summary>Names this file: a build cache refers to the bodies of the file with its id only.</summary>
    public byte[] Id { get; }

    /// <summary>The file, open for reading (shared for deleting, so a save can replace it).</summary>
    public SafeFileHandle Handle { get; }

    /// <summary>How long the file was when it was opened, written or last appended to: bodies lie before it.</summary>
    public long Length { get; private set; }

    /// <summary>The bodies file that belongs beside build cache file <paramref name="cacheFile"/>.</summary>
    public static string FileBeside(string cacheFile) => Path.ChangeExtension(cacheFile, ".digest-bodies");

    /// <summary>A new id for a file about to be written.</summary>
    public static byte[] NewId() => RandomNumberGenerator.GetBytes(IdLength);

    /// <summary>The header of a file named <paramref name="id"/>.</summary>
    public static byte[] Header(byte[] id)
    {
        var header = new byte[HeaderLength];
        Magic.CopyTo(header, 0);
        BitConverter.TryWriteBytes(header.AsSpan(Magic.Length), FormatVersion);
        id.CopyTo(header, Magic.Length + 4);
        return header;
    }

    /// <summary>
    /// Opens <paramref name="file"/> when it is the bodies file named <paramref name="id"/> and at least
    /// <paramref name="length"/> bytes long (what the build cache saw when it was written; a save that stopped after
    /// appending leaves more, never less). Null and the reason otherwise.
    /// </summary>
    public static BodyStore? Open(string file, byte[] id, long length, out string? problem)
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!System.IO.File.Exists(file))
            {
                problem = "its bodies file is missing";
                return null;
            }
            handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[HeaderLength];
            var actual = RandomAccess.GetLength(handle);
            if (actual < HeaderLength || RandomAccess.Read(handle, header, 0) != HeaderLength || !header.AsSpan().SequenceEqual(Header(id)))
            {
                problem = "its bodies file is another one or damaged";
            }
            else if (actual < length)
            {
                problem = "its bodies file is damaged (truncated)";
            }
            else
            {
                problem = null;
                return new BodyStore(file, id, handle, length);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "its bodies file cannot be read (" + ex.Message + ")";
        }
        handle?.Dispose();
        return null;
    }

    /// <summary>A store for a file just written (or appended to) up to <paramref name="length"/>, opened for reading.</summary>
    public static BodyStore Reopen(string file, byte[] id, long length) =>
        new(file, id, System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), length);

    /// <summary>Records that a save appended bodies up to <paramref name="length"/>.</summary>
    public void Grew(long length) => Length = Math.Max(Length, length);

    /// <summary>True when <paramref name="length"/> bytes at <paramref name="offset"/> lie among this file's bodies.</summary>
    public bool Holds(long offset, int length) => offset >= HeaderLength && length >= 0 && offset <= Length - length;

    /// <summary>
    /// Sets the file aside after a body in it did not match its hash: the next build finds no bodies file and renders
    /// every body again, instead of failing on the same damage.
    /// </summary>
    public void SetAside()
    {
        try
        {
            System.IO.File.Delete(File);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left in place: the same body fails its check again next time.
        }
    }

    public void Dispose() => Handle.Dispose();
}
