namespace Digest.Import.Model;

/// <summary>One piece of the cleaned article body, as plain text.</summary>
internal sealed record BodyBlock(BlockKind Kind, string Text);
