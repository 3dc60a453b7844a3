namespace Digest.Import.People;

public enum RoleKind
{
    None,
    Expert,

    /// <summary>Director, head, Leiter…: an expert role only at a research organisation.</summary>
    Conditional,
    Official,
}
