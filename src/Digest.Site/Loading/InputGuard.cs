using Digest.Core.Diagnostics;

namespace Digest.Site.Loading;

/// <summary>Keeps reads inside the input folder, even through symbolic links.</summary>
public static class InputGuard
{
    /// <summary>True when <paramref name="file"/> (after following links) lies inside <paramref name="root"/>; warns otherwise.</summary>
    public static bool IsInside(string root, string file, DiagnosticBag diagnostics) =>
        IsInside(root, file, diagnostics, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Like <see cref="IsInside(string, string, DiagnosticBag)"/> for many files at once,
    /// resolving each folder only once instead of once per file.
    /// </summary>
    public static List<string> FilesInside(string root, IEnumerable<string> files, DiagnosticBag diagnostics)
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        var inside = new List<string>();
        foreach (var file in files)
        {
            if (IsInside(root, file, diagnostics, resolved))
            {
                inside.Add(file);
            }
        }
        return inside;
    }

    private static bool IsInside(string root, string file, DiagnosticBag diagnostics, Dictionary<string, string> resolvedDirs)
    {
        var info = new FileInfo(file);
        string resolved;
        try
        {
            resolved = info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
            resolved = ResolveDirectoryLinks(resolved, resolvedDirs);
        }
        catch (IOException)
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "cannot follow this link; skipped");
            return false;
        }
        var realRoot = ResolveDirectoryLinks(Path.GetFullPath(root), resolvedDirs);
        if (!PathUtil.IsWithin(realRoot, resolved))
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "points outside the input folder (symbolic link?); skipped");
            return false;
        }
        return true;
    }

    private static string ResolveDirectoryLinks(string path, Dictionary<string, string> resolvedDirs)
    {
        // Resolve linked parent folders so a link to a folder outside input/ is caught too.
        var dir = Path.GetDirectoryName(path);
        if (dir is null)
        {
            return path;
        }
        var resolvedDir = ResolveDir(dir, resolvedDirs);
        return Path.Combine(resolvedDir, Path.GetFileName(path));
    }

    private static string ResolveDir(string dir, Dictionary<string, string> resolvedDirs)
    {
        if (resolvedDirs.TryGetValue(dir, out var known))
        {
            return known;
        }
        var result = ResolveDirUncached(dir, resolvedDirs);
        resolvedDirs[dir] = result;
        return result;
    }

    private static string ResolveDirUncached(string dir, Dictionary<string, string> resolvedDirs)
    {
        var parent = Path.GetDirectoryName(dir);
        var resolvedParent = parent is null ? null : ResolveDir(parent, resolvedDirs);
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
