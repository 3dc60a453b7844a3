namespace Digest.Site.Output;

/// <summary>One file of a staged build: whether new bytes wait beside it as a temp file, and its length and modification time.</summary>
/// <param name="Written">New bytes were staged; false when the file in place already holds them.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Stamp">Last-write time (UTC ticks) of the staged or existing file; renaming keeps it.</param>
internal readonly record struct StagedFile(bool Written, long Length, long Stamp);
