namespace Digest.Site;

/// <summary>What to build from where, and how.</summary>
public sealed record BuildOptions
{
    /// <summary>The input folder (articles, site.yml, topics.yml, experts.yml).</summary>
    public required string InputDir { get; init; }

    public required string OutputDir { get; init; }

    /// <summary>The bundled default theme; always the last layer.</summary>
    public required string DefaultThemeDir { get; init; }

    /// <summary>A theme given with <c>--theme</c>; overrides the default file by file.</summary>
    public string? ThemeDir { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Overrides <c>base_url</c> from site.yml.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>"Now" for deciding which articles lie in the future; fixed in tests.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>Compute everything but write nothing (used by <c>digest check</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Reuse parsed articles and rendered bodies from earlier builds (<c>--no-cache</c> turns it off).</summary>
    public bool UseCache { get; init; }

    /// <summary>The cache folder (<c>--cache</c>); null for <c>.digest-cache/</c> beside the input folder.</summary>
    public string? CacheDir { get; init; }

    /// <summary>
    /// The theme folders in lookup order: the site-local <c>input/_theme</c>, then <c>--theme</c>, then the default.
    /// </summary>
    public IReadOnlyList<string> ThemeLayers()
    {
        var layers = new List<string>();
        var local = Path.Combine(InputDir, "_theme");
        if (Directory.Exists(local))
        {
            layers.Add(Path.GetFullPath(local));
        }
        if (ThemeDir is not null)
        {
            layers.Add(Path.GetFullPath(ThemeDir));
        }
        layers.Add(Path.GetFullPath(DefaultThemeDir));
        return layers;
    }
}
