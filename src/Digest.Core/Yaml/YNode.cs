namespace Digest.Core.Yaml;

/// <summary>
/// A parsed YAML node with its source position (1-based, relative to the YAML text).
/// Digest builds its own small tree so that every value keeps its line and column for diagnostics,
/// and so that depth and alias expansion are bounded while building it.
/// </summary>
public abstract class YNode
{
    protected YNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Number of nodes this node stands for once aliases are expanded.</summary>
    internal long ExpandedSize { get; set; } = 1;
}
