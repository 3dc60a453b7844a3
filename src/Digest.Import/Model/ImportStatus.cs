namespace Digest.Import.Model;

public enum ImportStatus
{
    Written,
    Updated,
    Unchanged,

    /// <summary>Not written: the target was edited by hand or not written by the importer, or the source is unusable.</summary>
    Refused,

    /// <summary>Not written: the source could not be fetched (network error, HTTP error, a limit exceeded).</summary>
    Failed,
}
