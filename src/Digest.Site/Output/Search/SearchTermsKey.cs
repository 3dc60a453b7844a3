using System.Buffers.Binary;
using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// XxHash128 of the texts an article's search terms are made from (<see cref="SearchInputs"/>: each text with its
/// field and length), so cached terms are reused only for the same input. A cache key, not a security check: the cache
/// is the user's own, and a cryptographic hash per article cost a rebuild more than the rest of looking terms up.
/// </summary>
internal readonly record struct SearchTermsKey(ulong A, ulong B)
{
    public const int Length = 16;

    public static SearchTermsKey Of(ArticleEntry entry, RenderedBody? body)
    {
        // One hasher per thread: creating a hash object costs about as much as hashing a short article.
        var hasher = _hasher ??= new SearchTermsKeyHasher();
        SearchInputs.Visit(entry, body, hasher);
        Span<byte> hash = stackalloc byte[Length];
        hasher.Finish(hash);
        return FromBytes(hash);
    }

    [ThreadStatic]
    private static SearchTermsKeyHasher? _hasher;

    public static SearchTermsKey FromBytes(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));

    public void WriteTo(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, A);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], B);
    }
}
