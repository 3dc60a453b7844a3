namespace Digest.Core.FrontMatter;

/// <summary>The YAML and body of a Markdown file, with the file lines they start on.</summary>
public sealed record FrontMatterBlock(string Yaml, int YamlLine, string Body, int BodyLine);
