using Digest.Site.Indexing;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;

namespace Digest.Site.Output;

/// <summary>
/// Everything the output generators may use: the index, rendered bodies (by article index), theme and views, and the
/// cache context (null when caching is off) their own caches are keyed by.
/// </summary>
public sealed record RenderedSite(
    BuildOptions Options,
    SiteIndex Index,
    IReadOnlyList<RenderedBody?> Bodies,
    ThemeFiles Theme,
    TemplateEngine Templates,
    UiStrings Strings,
    ViewModelFactory Views,
    PageRenderer Pages,
    string? CacheContext = null);
