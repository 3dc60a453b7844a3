namespace Digest.Import.Tagging;

/// <summary>
/// Which three-letter beginnings the words of a set have, as a bit set over a hash of them: a text position whose
/// three letters are not in it cannot start a word of the set, so the dictionary lookups there can be skipped. Hash
/// collisions only let a lookup through; they never skip one.
/// </summary>
internal sealed class PrefixFilter
{
    /// <summary>The letters compared; every word added must be at least this long.</summary>
    public const int Length = 3;

    private const int Bits = 1 << 16;

    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Adds a word's beginning; a word shorter than <see cref="Length"/> is never looked up, so it is left out.</summary>
    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length < Length)
        {
            return;
        }
        var h = Hash(word);
        _bits[h >> 6] |= 1UL << (h & 63);
    }

    /// <summary>False when no word of the set starts like <paramref name="text"/> (which has at least <see cref="Length"/> letters).</summary>
    public bool MayStart(ReadOnlySpan<char> text)
    {
        var h = Hash(text);
        return (_bits[h >> 6] & (1UL << (h & 63))) != 0;
    }

    private static int Hash(ReadOnlySpan<char> text) => (int)(((uint)text[0] * 31u * 31u + (uint)text[1] * 31u + text[2]) % Bits);
}
