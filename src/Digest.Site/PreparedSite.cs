using System.Diagnostics;
using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;

namespace Digest.Site;

/// <summary>
/// A site loaded, indexed and with its Markdown rendered: everything the pages and generated files are made from.
/// <see cref="SiteBuilder.Build"/> renders all of it at once; <c>digest serve</c> renders pages as they are asked for.
/// </summary>
public sealed class PreparedSite
{
    public required BuildOptions Options { get; init; }

    public required Stopwatch Clock { get; init; }

    public required PhaseTimer Timer { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>Why the build was refused before anything was read; null otherwise.</summary>
    public Diagnostic? Refusal { get; init; }

    public SiteContent? Content { get; init; }

    public SiteIndex? Index { get; init; }

    public BuildCache? Cache { get; init; }

    /// <summary>The build cache file; null when caching is off.</summary>
    public string? CacheFile { get; init; }

    /// <summary>The cache context hash (tool, theme, settings, options); null when caching is off.</summary>
    public string? CacheContext { get; init; }

    /// <summary>The build cache being saved, beside the pages (null when it is not saved); gives why saving failed.</summary>
    public Task<string?>? CacheSaving { get; init; }

    /// <summary>Why saving the build cache failed; null when it worked or was not tried. Waits for the save to end.</summary>
    public string? CacheProblem => CacheSaving?.GetAwaiter().GetResult();

    public ThemeFiles? Theme { get; init; }

    public TemplateEngine? Templates { get; init; }

    public UiStrings? Strings { get; init; }

    public IReadOnlyList<RenderedBody?> Bodies { get; init; } = [];

    /// <summary>The rendered introductions of the editions, by edition index (null for automatic editions).</summary>
    public IReadOnlyList<RenderedBody?> EditionIntroductions { get; init; } = [];

    /// <summary>True when pages can be rendered: nothing was refused and no phase reported an error.</summary>
    public bool Ready => Refusal is null && !Diagnostics.HasErrors && Index is not null;

    /// <summary>The page renderer and view models for this site; <paramref name="pageCache"/> lets it reuse pages of the last build.</summary>
    public PageRenderer CreatePages(PageCache? pageCache)
    {
        var views = new ViewModelFactory(Index!, Strings!, Bodies);
        return new PageRenderer(Index!, Templates!, Strings!, views, Bodies)
        {
            FeedLinks = Output.Feeds.FeedCatalog.LinksFor(Index!), Cache = pageCache,
            Editions = new Rendering.Editions.EditionViews(Index!, views, EditionIntroductions),
        };
    }
}
