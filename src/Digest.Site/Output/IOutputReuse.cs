namespace Digest.Site.Output;

/// <summary>
/// What the generators ask of a memory of earlier builds: whether a generated file (a feed, a search script) would be
/// made from exactly what it was made from last time, so the file that build wrote can be kept. A generator names what a
/// file is made from with a version of its own; where it is kept is the memo's business. Thread-safe.
/// <see cref="NoOutputReuse"/> keeps nothing.
/// </summary>
internal interface IOutputReuse
{
    /// <summary>False when nothing is kept, so generators need not work out versions only a memo would use.</summary>
    bool Keeps { get; }

    /// <summary>True when the file at <paramref name="path"/> was made from <paramref name="version"/> last time and is in <paramref name="output"/> again.</summary>
    bool TryKeep(string path, byte[] version, OutputSet output);

    /// <summary>Remembers what the file at <paramref name="path"/>, made from <paramref name="version"/>, became (after it was added to <paramref name="output"/>).</summary>
    void Made(string path, byte[] version, ReadOnlySpan<byte> bytes, OutputSet output);
}
