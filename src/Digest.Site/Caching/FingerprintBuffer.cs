using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Digest.Site.Caching;

/// <summary>
/// Collects the bytes of one fingerprint and hashes them once at the end: one SHA-256 call per page instead of one
/// per field. Every value is tagged and length-prefixed, so two different sequences of values never meet in the same
/// bytes. Text goes in as UTF-8, unescaped.
/// </summary>
internal sealed class FingerprintBuffer
{
    /// <summary>Tags that say what kind of value follows.</summary>
    public enum Tag : byte
    {
        Null = 1,
        Text,
        True,
        False,
        Integer,
        Float,
        Hash,
        Object,
        List,
        Map,
        End,
        Other,
    }

    private byte[] _bytes;
    private int _length;

    public FingerprintBuffer(int capacity = 4096) => _bytes = new byte[capacity];

    /// <summary>Starts a new fingerprint.</summary>
    public void Reset() => _length = 0;

    /// <summary>The SHA-256 of everything written since <see cref="Reset"/>.</summary>
    // A 128-bit non-cryptographic hash: fingerprints only tell one build's page data from the next, and a
    // cryptographic call per page cost more than the rest of fingerprinting a rebuild.
    public byte[] Hash() => XxHash128.Hash(_bytes.AsSpan(0, _length));

    public void WriteTag(Tag tag) => Reserve(1)[0] = (byte)tag;

    public void WriteText(string? text)
    {
        if (text is null)
        {
            WriteTag(Tag.Null);
            return;
        }
        // UTF-8 (fast for the mostly ASCII text of pages) halves the bytes hashed compared with UTF-16.
        var span = Reserve(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span[5..]);
        span[0] = (byte)Tag.Text;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], written);
        _length -= span.Length - 5 - written;
    }

    public void WriteInteger(long value)
    {
        var span = Reserve(9);
        span[0] = (byte)Tag.Integer;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], value);
    }

    public void WriteFloat(double value)
    {
        var span = Reserve(9);
        span[0] = (byte)Tag.Float;
        BinaryPrimitives.WriteDoubleLittleEndian(span[1..], value);
    }

    public void WriteBool(bool value) => WriteTag(value ? Tag.True : Tag.False);

    /// <summary>Writes a tag followed by a fixed-size value (a hash, a type id); the tag says which size.</summary>
    public void WriteFixed(Tag tag, ReadOnlySpan<byte> value)
    {
        var span = Reserve(1 + value.Length);
        span[0] = (byte)tag;
        value.CopyTo(span[1..]);
    }

    /// <summary>Writes bytes of any length (a body's hash), prefixed with their count.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        var span = Reserve(5 + value.Length);
        span[0] = (byte)Tag.Hash;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value.Length);
        value.CopyTo(span[5..]);
    }

    /// <summary>Writes a count after a tag (lists and maps say how many entries follow).</summary>
    public void WriteCount(Tag tag, int count)
    {
        var span = Reserve(5);
        span[0] = (byte)tag;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], count);
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }
        var span = _bytes.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
