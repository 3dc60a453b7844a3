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
/// Complete even when a phase reported errors (<see cref="Ready"/> is then false); a build refused before anything was
/// read has none (see <see cref="Preparation"/>).
/// </summary>
internal sealed class PreparedSite
{
    public required BuildOptions Options { get; init; }

    public required Stopwatch Clock { get; init; }

    public required PhaseTimer Timer { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    public required SiteContent Content { get; init; }

    public required SiteIndex Index { get; init; }

    /// <summary>The build's cache files and the memos the phases use (remembering nothing when caching is off).</summary>
    public required BuildCaches Caches { get; init; }

    public required ThemeFiles Theme { get; init; }

    public required TemplateEngine Templates { get; init; }

    public required UiStrings Strings { get; init; }

    public required IReadOnlyList<RenderedBody?> Bodies { get; init; }

    /// <summary>What the bodies' links were resolved against: articles, their anchors, static files.</summary>
    public required LinkTargets Links { get; init; }

    /// <summary>The rendered introductions of the editions, by edition index (null for automatic editions).</summary>
    public required IReadOnlyList<RenderedBody?> EditionIntroductions { get; init; }

    /// <summary>True when pages can be rendered: no phase reported an error.</summary>
    public bool Ready => !Diagnostics.HasErrors;

    /// <summary>
    /// Waits until the build cache, written while the pages render, is on disk; returns why writing it failed (null when it
    /// worked or was not tried).
    /// </summary>
    public string? WaitForCacheSave() => Caches.WaitForArticlesSaved();

    /// <summary>The page renderer and view models for this site; <paramref name="memo"/> lets it keep pages of the last build.</summary>
    public PageRenderer CreatePages(IPageMemo? memo = null)
    {
        var views = new ViewModelFactory(Index, Strings, Bodies);
        return new PageRenderer(Index, Templates, Strings, views, Bodies)
        {
            FeedLinks = Output.Feeds.FeedCatalog.LinksFor(Index), Memo = memo ?? NoPageMemo.Instance,
            Editions = new Rendering.Editions.EditionViews(Index, views, EditionIntroductions),
        };
    }
}
