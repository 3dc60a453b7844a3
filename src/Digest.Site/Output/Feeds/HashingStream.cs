using System.IO.Hashing;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// A write-only stream that hashes (XxHash128) what is written to it, so serialized data is hashed without being kept.
/// For cache keys, not security: a cryptographic hash object per feed entry cost more than the rest of the fingerprint.
/// </summary>
internal sealed class HashingStream : Stream
{
    private readonly XxHash128 _hash = new();
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Adds a length-prefixed text, so two fields can never run into each other.</summary>
    public void WriteText(string? text)
    {
        if (text is null)
        {
            Write([0xFF, 0xFF, 0xFF, 0xFF]);
            return;
        }
        Span<byte> prefix = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(prefix, text.Length);
        Write(prefix);
        Write(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The hash of everything written so far; the stream starts over afterwards.</summary>
    public byte[] Finish() => _hash.GetHashAndReset();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        _length += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

}
