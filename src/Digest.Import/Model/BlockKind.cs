namespace Digest.Import.Model;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}
