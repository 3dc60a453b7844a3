namespace Digest.Site.Output;

/// <summary>What writing the site changed.</summary>
internal sealed record WriteResult(int Written, int Unchanged, int Removed);
