using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Digest.Site.Output.Search;

/// <summary>Hashes the texts <see cref="SearchInputs"/> visits, each with its field and length, for <see cref="SearchTermsKey"/>.</summary>
internal sealed class SearchTermsKeyHasher : ISearchInputVisitor, IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Visit(string text, SearchField field)
    {
        Span<byte> header = stackalloc byte[5];
        header[0] = (byte)field;
        BinaryPrimitives.WriteInt32LittleEndian(header[1..], text.Length);
        _hash.AppendData(header);
        // The UTF-16 code units as they are: no transcoding, and the length prefix keeps texts apart.
        _hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public void Finish(Span<byte> destination) => _hash.GetHashAndReset(destination);

    public void Dispose() => _hash.Dispose();
}
