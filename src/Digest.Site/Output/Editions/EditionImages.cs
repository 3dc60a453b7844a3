using Digest.Site.Indexing;

namespace Digest.Site.Output.Editions;

/// <summary>The site's input images by their path in the output, for editions that carry their images inside them.</summary>
internal sealed class EditionImages
{
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    public EditionImages(SiteIndex index)
    {
        foreach (var file in index.StaticFiles)
        {
            if (MediaType(file.OutputPath) is not null)
            {
                _sources[file.OutputPath] = file.SourcePath;
            }
        }
    }

    /// <summary>The bytes of the image at site path <paramref name="sitePath"/>; null when the site has no such image.</summary>
    public byte[]? Read(string sitePath) =>
        _sources.TryGetValue(EditionLinkMap.WithoutFragment(sitePath), out var source) && File.Exists(source) ? File.ReadAllBytes(source) : null;

    public string? DataUri(string sitePath) =>
        Read(sitePath) is { } bytes ? $"data:{MediaType(sitePath)};base64,{Convert.ToBase64String(bytes)}" : null;

    /// <summary>The media type of an image file by its extension; null for files that are not images readers show.</summary>
    public static string? MediaType(string path) => Path.GetExtension(EditionLinkMap.WithoutFragment(path)).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        _ => null,
    };
}
