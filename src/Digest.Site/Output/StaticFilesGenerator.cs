using Digest.Core.Diagnostics;

namespace Digest.Site.Output;

/// <summary>Copies theme assets to <c>assets/</c> and the input's images and static files to their places.</summary>
internal sealed class StaticFilesGenerator : IOutputGenerator
{
    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        foreach (var (relative, path) in site.Theme.FilesUnder("assets"))
        {
            output.Add("assets/" + relative, File.ReadAllBytes(path));
        }
        foreach (var file in site.Index.StaticFiles)
        {
            if (output.Contains(file.OutputPath))
            {
                diagnostics.Warning(Loading.DisplayPath.For(file.SourcePath), 0, 0, $"'{file.OutputPath}' is also produced by the site; this file is ignored", DiagnosticCodes.StaticFileShadowed);
                continue;
            }
            output.Add(file.OutputPath, File.ReadAllBytes(file.SourcePath));
        }
    }
}
