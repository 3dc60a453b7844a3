using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Fluid;

namespace Digest.Site.Output.Search;

/// <summary>Writes the search index scripts and renders <c>search/index.html</c> (template <c>search</c>).</summary>
public sealed class SearchGenerator : IOutputGenerator
{
    public const string PagePath = "search/index.html";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var options = site.Options;
        var cacheFile = CacheContext.FileFor(options);
        // Keyed by the context the build already computed (hashing the theme and settings files again would read them twice).
        var cache = cacheFile is null || site.CacheContext is not { } context ? null : SearchTermsCache.Open(SearchTermsCache.FileBeside(cacheFile), context);
        var data = SearchIndexBuilder.Build(site.Index, site.Bodies, site.Views, cache, saveCache: !options.DryRun, editions: site.Pages.Editions);
        var version = SearchScriptWriter.Write(data, output, site.Pages.Cache);
        site.Pages.Render("search", PagePath, site.Strings.Get("search"), null, site.Pages.FeedLinks("search", null), output, diagnostics, ctx =>
        {
            ctx.SetValue("search_version", version);
            ctx.SetValue("search_count", data.Documents.Count);
        });
    }
}
