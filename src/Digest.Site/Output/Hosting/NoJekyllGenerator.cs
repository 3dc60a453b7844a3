using Digest.Core.Diagnostics;

namespace Digest.Site.Output.Hosting;

/// <summary>Writes an empty <c>.nojekyll</c>, so GitHub Pages serves the folder as it is (no Jekyll processing).</summary>
internal sealed class NoJekyllGenerator : IOutputGenerator
{
    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics) => output.Add(".nojekyll", []);
}
