using Digest.Core.Diagnostics;
using Fluid;

namespace Digest.Site.Output.Search;

/// <summary>Writes the search index scripts and renders <c>search/index.html</c> (template <c>search</c>).</summary>
internal sealed class SearchGenerator : IOutputGenerator
{
    public const string PagePath = "search/index.html";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var data = SearchIndexBuilder.Build(site.Index, site.Bodies, site.Views, site.SearchTerms(), site.Pages.Editions);
        var version = SearchScriptWriter.Write(data, output, site.Reuse);
        site.Pages.Render("search", PagePath, site.Strings.Get("search"), null, site.Pages.FeedLinks("search", null), output, diagnostics, ctx =>
        {
            ctx.SetValue("search_version", version);
            ctx.SetValue("search_count", data.Documents.Count);
        });
    }
}
