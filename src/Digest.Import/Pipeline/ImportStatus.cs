namespace Digest.Import.Pipeline;

public enum ImportStatus
{
    Written,
    Updated,
    Unchanged,

    /// <summary>Not written: the target was edited by hand or not written by the importer, or the source is unusable.</summary>
    Refused,
}
