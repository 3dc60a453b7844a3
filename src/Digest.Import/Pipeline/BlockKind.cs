namespace Digest.Import.Pipeline;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}
