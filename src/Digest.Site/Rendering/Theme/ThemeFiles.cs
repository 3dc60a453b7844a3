namespace Digest.Site.Rendering.Theme;

/// <summary>File lookup across theme layers (site-local <c>_theme</c>, <c>--theme</c>, default): the same relative path in an earlier layer wins.</summary>
internal sealed class ThemeFiles(IReadOnlyList<string> layers)
{
    public IReadOnlyList<string> Layers { get; } = layers;

    /// <summary>The full path of <paramref name="relativePath"/> in the first layer that has it, or null.</summary>
    public string? Find(string relativePath)
    {
        var clean = relativePath.Replace('\\', '/').TrimStart('/');
        if (clean.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var layer in Layers)
        {
            var candidate = Path.Combine(layer, clean);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Every file under <paramref name="folder"/> across layers, by relative path, earlier layers winning.</summary>
    public SortedDictionary<string, string> FilesUnder(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = Layers.Count - 1; i >= 0; i--)
        {
            var dir = Path.Combine(Layers[i], folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                if (Path.GetFileName(file).StartsWith('.'))
                {
                    continue;
                }
                result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
            }
        }
        return result;
    }
}
