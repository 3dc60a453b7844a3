using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Caching;

/// <summary>
/// A cached body's HTML as UTF-8, with its fingerprint (XxHash128). Read from a cache file, the bytes stay in the file
/// until something asks for them: a rebuild after one edit renders a handful of pages again and needs only their bodies;
/// every other page is kept by the fingerprint alone. Thread-safe.
/// </summary>
internal sealed class CachedHtml
{
    private readonly SafeFileHandle? _file;
    private readonly long _offset;
    private ReadOnlyMemory<byte> _bytes;
    private byte[]? _fingerprint;
    private int _loaded;

    /// <summary>HTML in memory (a body rendered by this build).</summary>
    public CachedHtml(ReadOnlyMemory<byte> bytes, byte[]? fingerprint = null)
    {
        _bytes = bytes;
        _fingerprint = fingerprint;
        Length = bytes.Length;
        _loaded = 1;
    }

    /// <summary>HTML at <paramref name="offset"/> in a checked cache file, still open as <paramref name="file"/>.</summary>
    internal CachedHtml(SafeFileHandle file, long offset, int length, byte[] fingerprint)
    {
        _file = file;
        _offset = offset;
        Length = length;
        _fingerprint = fingerprint;
    }

    public int Length { get; }

    public byte[] Fingerprint => _fingerprint ??= XxHash128.Hash(Bytes.Span);

    /// <summary>
    /// The bytes, read from the cache file on first use. They were part of the file's checksum when it was opened; they are
    /// checked once more against the fingerprint, so a file changed in place since then is never trusted.
    /// </summary>
    public ReadOnlyMemory<byte> Bytes
    {
        get
        {
            if (Volatile.Read(ref _loaded) == 1)
            {
                return _bytes;
            }
            var bytes = new byte[Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(_file!, bytes.AsSpan(read), _offset + read);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
            if (read != bytes.Length || !XxHash128.Hash(bytes).AsSpan().SequenceEqual(_fingerprint))
            {
                throw new IOException("the build cache file changed while the site was being built; build again");
            }
            _bytes = bytes;
            Volatile.Write(ref _loaded, 1);
            return bytes;
        }
    }
}
