namespace Digest.Import.Evaluation;

/// <summary>A hand-made annotation (<c>NAME.yml</c>) of one raw article; "" title or date means the text has none.</summary>
public sealed class GoldAnnotation
{
    public string Title { get; init; } = string.Empty;

    public string Date { get; init; } = string.Empty;

    public string Lang { get; init; } = string.Empty;

    public List<GoldExpert> Experts { get; } = [];

    public List<string> People { get; } = [];

    public List<string> Topics { get; } = [];

    public List<string> Boilerplate { get; } = [];

    public List<string> Keep { get; } = [];
}
