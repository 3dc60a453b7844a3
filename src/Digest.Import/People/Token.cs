namespace Digest.Import.People;

/// <summary>A word or punctuation mark in a paragraph, with its position.</summary>
public readonly record struct Token(string Text, int Start, bool IsWord)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    /// <summary>The word is followed by the name in its original script in brackets ("Li Nanfang (李南方)").</summary>
    public bool OriginalScriptFollows { get; init; }
}
