namespace Digest.Import.Text;

/// <summary>Decoded source text, or the reason it cannot be read as text.</summary>
/// <param name="Text">The text with LF line ends, or null when Error is set.</param>
/// <param name="Encoding">"utf-8", "utf-16", "utf-8-repaired" (mostly UTF-8, broken bytes shown as U+FFFD) or "latin-1" (the fallback for other invalid UTF-8).</param>
/// <param name="Error">Why the bytes are not usable text (empty, binary).</param>
internal sealed record DecodeResult(string? Text, string Encoding, string? Error)
{
    public bool Ok => Text is not null;
}
