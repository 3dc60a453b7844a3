namespace Digest.Import.Boilerplate;

/// <summary>What the boilerplate rules say about one line.</summary>
public enum LineVerdict
{
    Keep,
    Drop,

    /// <summary>The article ends here: drop this line and all that follow.</summary>
    Stop,
}
