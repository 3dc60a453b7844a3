namespace Digest.Import.People;

/// <summary>A word or punctuation mark in a paragraph, with its position.</summary>
public readonly record struct Token(string Text, int Start, bool IsWord)
{
    public int End => Start + Text.Length;

    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);
}
