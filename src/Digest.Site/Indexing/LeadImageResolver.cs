using Digest.Core.Diagnostics;
using Digest.Core.Paths;
using Digest.Site.Loading;

namespace Digest.Site.Indexing;

/// <summary>
/// Finds each article's <c>image.src</c> among the files copied from <c>input/images</c> and <c>input/static</c>.
/// A path may be written relative to the article file (as an editor sees it, <c>../images/map.svg</c>) or to the
/// input folder (<c>images/map.svg</c>). Anything else is an error, so a page never points at a file the site lacks.
/// </summary>
internal static class LeadImageResolver
{
    public static void Resolve(SiteIndex index, string inputDir, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDir);
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.StaticFiles)
        {
            statics[Path.GetFullPath(file.SourcePath)] = file.OutputPath;
        }
        foreach (var entry in index.Articles)
        {
            var image = entry.Article.Image;
            if (image?.Src is not { Length: > 0 } src)
            {
                continue;
            }
            var at = image.SrcSpan.Line > 0 ? image.SrcSpan : image.Span;
            var path = entry.Article.SourcePath;
            if (UrlSafety.IsExternal(src))
            {
                diagnostics.Warning(path, at.Line, at.Column,
                    $"image '{src}' is on another site; pages load nothing from elsewhere, so only its caption is shown (copy it to input/images/)", DiagnosticCodes.ExternalImage);
                continue;
            }
            var clean = Uri.UnescapeDataString(src.Replace('\\', '/'));
            if (clean.StartsWith('/') || (clean.Length > 1 && clean[1] == ':'))
            {
                diagnostics.Error(path, at.Line, at.Column, $"image '{src}' points outside the site; use a path inside input/, e.g. images/karte.svg", DiagnosticCodes.ImageOutsideSite);
                continue;
            }
            var articleDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? root;
            var besideArticle = Path.GetFullPath(Path.Combine(articleDir, clean));
            var inInput = Path.GetFullPath(Path.Combine(root, clean));
            if (statics.TryGetValue(besideArticle, out var output) || statics.TryGetValue(inInput, out output))
            {
                entry.ImagePath = output;
            }
            else if (!FolderPaths.IsInside(root, besideArticle) && !FolderPaths.IsInside(root, inInput))
            {
                diagnostics.Error(path, at.Line, at.Column, $"image '{src}' points outside the site; use a path inside input/, e.g. images/karte.svg", DiagnosticCodes.ImageOutsideSite);
            }
            else
            {
                diagnostics.Error(path, at.Line, at.Column,
                    $"image '{src}' was not found; put the file in input/images/ and write images/<name> (relative to input/) or ../images/<name> (relative to the article)", DiagnosticCodes.ImageNotFound);
            }
        }
    }
}
