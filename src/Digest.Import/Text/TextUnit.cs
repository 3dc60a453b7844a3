namespace Digest.Import.Text;

/// <summary>One line or paragraph of a text dump while it is being cleaned.</summary>
internal sealed class TextUnit(string text, bool blankBefore)
{
    public string Text { get; set; } = text;

    public bool BlankBefore { get; } = blankBefore;

    public bool Removed { get; set; }

    public bool IsBullet { get; set; }
}
