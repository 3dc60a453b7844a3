namespace Digest.Core.Yaml;

/// <summary>Bounds that keep hostile YAML (alias bombs, absurd nesting) from hanging or exhausting memory.</summary>
public static class YamlLimits
{
    /// <summary>Deepest nesting of lists and maps accepted; real front matter needs three or four.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes a document may stand for once aliases are expanded.</summary>
    public const long MaxExpandedNodes = 200_000;
}
