using Digest.Site.Indexing;
using Digest.Site.Output.Search;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;

namespace Digest.Site.Output;

/// <summary>
/// Everything the output generators may use: the index, rendered bodies (by article index), theme and views, and the
/// memos of earlier builds: <see cref="Reuse"/> for generated files and <see cref="SearchTerms"/> (made when first asked
/// for, so a build without search never reads it) for the search index.
/// </summary>
internal sealed record RenderedSite(
    BuildOptions Options,
    SiteIndex Index,
    IReadOnlyList<RenderedBody?> Bodies,
    ThemeFiles Theme,
    TemplateEngine Templates,
    UiStrings Strings,
    ViewModelFactory Views,
    PageRenderer Pages,
    IOutputReuse Reuse,
    Func<ISearchTermsMemo> SearchTerms);
