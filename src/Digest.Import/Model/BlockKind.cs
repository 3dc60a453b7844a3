namespace Digest.Import.Model;

internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
}
