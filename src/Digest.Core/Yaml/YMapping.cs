namespace Digest.Core.Yaml;

/// <summary>A YAML mapping whose keys are scalars, in document order.</summary>
public sealed class YMapping(int line, int column) : YNode(line, column)
{
    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

    public YNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }
        return null;
    }
}
