using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text.Unicode;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>Hashes the texts <see cref="SearchInputs"/> visits, each with its field and length, for <see cref="SearchTermsKey"/>.</summary>
/// <remarks>Reusable: <see cref="Finish"/> starts it over. Not thread-safe.</remarks>
internal sealed class SearchTermsKeyHasher : ISearchInputVisitor
{
    private const byte Utf8Text = 0;
    private const byte Utf16Text = 1;
    private const byte BodyFingerprint = 2;

    private readonly XxHash128 _hash = new();

    private byte[] _buffer = [];

    public void Visit(string text, SearchField field)
    {
        // UTF-8 is about half the bytes to hash for the mostly-ASCII texts of a site. Text that is not valid UTF-16
        // (a lone surrogate) has no exact UTF-8 form and is hashed as its code units, under another marker.
        if (_buffer.Length < text.Length * 3)
        {
            _buffer = new byte[Math.Max(text.Length * 3, 16 * 1024)];
        }
        var buffer = _buffer;
        ReadOnlySpan<byte> bytes;
        byte form;
        if (Utf8.FromUtf16(text, buffer, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            bytes = buffer.AsSpan(0, written);
            form = Utf8Text;
        }
        else
        {
            bytes = MemoryMarshal.AsBytes(text.AsSpan());
            form = Utf16Text;
        }
        Span<byte> header = stackalloc byte[6];
        header[0] = (byte)field;
        header[1] = form;
        BinaryPrimitives.WriteInt32LittleEndian(header[2..], bytes.Length);
        _hash.Append(header);
        _hash.Append(bytes);
    }

    /// <summary>
    /// The body counts by its fingerprint: its plain text is a function of its HTML (and the tool build, which the cache
    /// context covers), and hashing the fingerprint spares a rebuild from making plain text for every reused body.
    /// </summary>
    public void VisitBody(RenderedBody body)
    {
        Span<byte> header = stackalloc byte[6];
        header[0] = (byte)SearchField.Body;
        header[1] = BodyFingerprint;
        BinaryPrimitives.WriteInt32LittleEndian(header[2..], body.Fingerprint.Length);
        _hash.Append(header);
        _hash.Append(body.Fingerprint);
    }

    public void Finish(Span<byte> destination) => _hash.GetHashAndReset(destination);
}
