using Digest.Core.Diagnostics;

namespace Digest.Site.Output;

/// <summary>Adds files beyond the HTML pages (assets, feeds, sitemap, search index) to the output set.</summary>
internal interface IOutputGenerator
{
    void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics);
}
