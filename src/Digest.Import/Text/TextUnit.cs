namespace Digest.Import.Text;

/// <summary>One line or paragraph of a text dump while it is being cleaned.</summary>
internal sealed class TextUnit(string text, bool blankBefore, int line = -1)
{
    public string Text { get; set; } = text;

    public bool BlankBefore { get; } = blankBefore;

    /// <summary>
    /// For a sentence of an overlong line (<see cref="LongLineSplitter"/>), the index of that line: the kept sentences
    /// of one line form one paragraph again. -1 for a whole line.
    /// </summary>
    public int Line { get; } = line;

    public bool Removed { get; set; }

    public bool IsBullet { get; set; }
}
