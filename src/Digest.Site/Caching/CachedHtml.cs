using System.IO.Hashing;

namespace Digest.Site.Caching;

/// <summary>
/// A cached body's HTML as UTF-8, with its fingerprint (XxHash128). Read from the cache, the bytes stay in the bodies file
/// (<see cref="BodyStore"/>) until something asks for them: a rebuild after one edit renders a handful of pages again and needs only their bodies;
/// every other page is kept by the fingerprint alone. Thread-safe.
/// </summary>
internal sealed class CachedHtml
{
    // Store and offset change together (a save may move the bytes while pages read them), so they are one object.
    private Location? _at;
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

    /// <summary>HTML at <paramref name="offset"/> in bodies file <paramref name="store"/>.</summary>
    internal CachedHtml(BodyStore store, long offset, int length, byte[] fingerprint)
    {
        _at = new Location(store, offset);
        Length = length;
        _fingerprint = fingerprint;
    }

    public int Length { get; }

    /// <summary>Where the bytes lie in <paramref name="store"/>; -1 when they are not there (yet).</summary>
    internal long OffsetIn(BodyStore store) => Volatile.Read(ref _at) is { } at && ReferenceEquals(at.Store, store) ? at.Offset : -1;

    /// <summary>Records that a save put these same bytes at <paramref name="offset"/> in <paramref name="store"/>.</summary>
    internal void StoredAt(BodyStore store, long offset) => Volatile.Write(ref _at, new Location(store, offset));

    public byte[] Fingerprint => _fingerprint ??= XxHash128.Hash(Bytes.Span);

    /// <summary>
    /// The bytes, read from the bodies file on first use and checked against the fingerprint (which the build cache's
    /// checksum covered): a damaged file is never trusted, and is set aside so that the next build renders every body again.
    /// </summary>
    public ReadOnlyMemory<byte> Bytes
    {
        get
        {
            if (Volatile.Read(ref _loaded) == 1)
            {
                return _bytes;
            }
            var at = Volatile.Read(ref _at)!;
            var bytes = new byte[Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(at.Store.Handle, bytes.AsSpan(read), at.Offset + read);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
            if (read != bytes.Length || !XxHash128.Hash(bytes).AsSpan().SequenceEqual(_fingerprint))
            {
                at.Store.SetAside();
                throw new IOException("the build cache's bodies file is damaged or changed while the site was being built; it was set aside, build again");
            }
            _bytes = bytes;
            Volatile.Write(ref _loaded, 1);
            return bytes;
        }
    }

    /// <summary>
    /// The bytes for copying into another bodies file, without keeping them in memory: null when they cannot be read or
    /// do not match the fingerprint (the body is then rendered again by a later build). <paramref name="buffer"/> is reused.
    /// </summary>
    internal ReadOnlyMemory<byte>? ForCopy(ref byte[] buffer)
    {
        if (Volatile.Read(ref _loaded) == 1)
        {
            return _bytes;
        }
        var at = Volatile.Read(ref _at)!;
        if (buffer.Length < Length)
        {
            buffer = new byte[Math.Max(Length, buffer.Length * 2)];
        }
        var span = buffer.AsSpan(0, Length);
        try
        {
            if (RandomAccess.Read(at.Store.Handle, span, at.Offset) != Length)
            {
                return null;
            }
        }
        catch (IOException)
        {
            return null;
        }
        return XxHash128.Hash(span).AsSpan().SequenceEqual(_fingerprint) ? buffer.AsMemory(0, Length) : null;
    }

    private sealed record Location(BodyStore Store, long Offset);
}
