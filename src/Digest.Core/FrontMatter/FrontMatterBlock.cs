namespace Digest.Core.FrontMatter;

/// <summary>The YAML and body of a Markdown file, with the file lines they start on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>The closing <c>---</c> line: where a missing field would be added, so that is where it is reported.</summary>
    public Model.SourceSpan Closing => new(BodyLine - 1, 1);
}
