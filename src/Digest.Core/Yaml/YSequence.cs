namespace Digest.Core.Yaml;

/// <summary>A YAML list.</summary>
public sealed class YSequence(int line, int column) : YNode(line, column)
{
    public List<YNode> Items { get; } = [];
}
