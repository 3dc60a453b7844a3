using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Caching;

/// <summary>
/// Reads a checked cache file's payload front to back through one reused buffer, hashing every byte as it is fetched,
/// so a large cache is checked and parsed in one pass without a copy of the file in memory (fresh memory is costly on
/// some machines, and most of a build cache is HTML a rebuild never needs). Parts the caller skips (see
/// <see cref="Skip"/>) are hashed all the same and can be read later from <see cref="Handle"/>.
/// </summary>
internal sealed class CacheFileReader : Stream
{
    private const int ChunkSize = 1 << 20;

    private readonly byte[] _chunk = new byte[ChunkSize];
    private readonly XxHash128 _hash = new();
    private readonly long _end;
    private long _chunkStart;
    private int _chunkLength;
    private long _position;

    /// <summary>Reads the first <paramref name="payloadLength"/> bytes of <paramref name="handle"/>, which stays open for later reads.</summary>
    public CacheFileReader(SafeFileHandle handle, long payloadLength)
    {
        Handle = handle;
        _end = payloadLength;
    }

    /// <summary>The file, for reading skipped parts later.</summary>
    public SafeFileHandle Handle { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _end;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>Moves past <paramref name="count"/> bytes; they are hashed but not copied anywhere.</summary>
    public void Skip(long count)
    {
        if (count < 0 || count > _end - _position)
        {
            throw new EndOfStreamException("the cache file ends early");
        }
        _position += count;
        // Hashing happens as chunks are fetched, so the chunks skipped over must still be fetched.
        while (_position > _chunkStart + _chunkLength)
        {
            Fetch();
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (_position >= _end || buffer.IsEmpty)
        {
            return 0;
        }
        if (_position >= _chunkStart + _chunkLength)
        {
            Fetch();
        }
        var at = (int)(_position - _chunkStart);
        var n = Math.Min(buffer.Length, _chunkLength - at);
        _chunk.AsSpan(at, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <summary>
    /// True when the whole payload was read (or skipped) and its checksum equals <paramref name="expected"/>. Only then may
    /// anything parsed from it be used.
    /// </summary>
    public bool Matches(ReadOnlySpan<byte> expected)
    {
        while (_chunkStart + _chunkLength < _end)
        {
            Fetch();
        }
        return _hash.GetCurrentHash().AsSpan().SequenceEqual(expected);
    }

    private void Fetch()
    {
        _chunkStart += _chunkLength;
        var want = (int)Math.Min(ChunkSize, _end - _chunkStart);
        var read = 0;
        while (read < want)
        {
            var n = RandomAccess.Read(Handle, _chunk.AsSpan(read, want - read), _chunkStart + read);
            if (n == 0)
            {
                throw new EndOfStreamException("the cache file got shorter while it was read");
            }
            read += n;
        }
        _chunkLength = want;
        _hash.Append(_chunk.AsSpan(0, want));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
