using Digest.Core.Diagnostics;

namespace Digest.Site.Loading;

/// <summary>Keeps reads inside the input folder, even through symbolic links.</summary>
public static class InputGuard
{
    /// <summary>True when <paramref name="file"/> (after following links) lies inside <paramref name="root"/>; warns otherwise.</summary>
    public static bool IsInside(string root, string file, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(file);
        string resolved;
        try
        {
            resolved = info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
            resolved = ResolveDirectoryLinks(resolved);
        }
        catch (IOException)
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "cannot follow this link; skipped");
            return false;
        }
        var realRoot = ResolveDirectoryLinks(Path.GetFullPath(root));
        if (!PathUtil.IsWithin(realRoot, resolved))
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "points outside the input folder (symbolic link?); skipped");
            return false;
        }
        return true;
    }

    private static string ResolveDirectoryLinks(string path)
    {
        // Resolve linked parent folders so a link to a folder outside input/ is caught too.
        var dir = Path.GetDirectoryName(path);
        if (dir is null)
        {
            return path;
        }
        var resolvedDir = ResolveDir(dir);
        return Path.Combine(resolvedDir, Path.GetFileName(path));
    }

    private static string ResolveDir(string dir)
    {
        var parent = Path.GetDirectoryName(dir);
        var resolvedParent = parent is null ? null : ResolveDir(parent);
        var current = resolvedParent is null ? dir : Path.Combine(resolvedParent, Path.GetFileName(dir));
        var info = new DirectoryInfo(current);
        if (info.Exists && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                return target.FullName;
            }
        }
        return current;
    }
}
