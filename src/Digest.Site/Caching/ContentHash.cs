using System.Security.Cryptography;

namespace Digest.Site.Caching;

/// <summary>Hashes that name content in the cache (SHA-256, hex).</summary>
internal static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
