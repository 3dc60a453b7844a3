namespace Digest.Site.Loading;

/// <summary>A file copied to the output as it is (theme assets, images).</summary>
internal sealed record StaticFile(string SourcePath, string OutputPath);
