using System.IO.Enumeration;
using Digest.Core.Diagnostics;
using Digest.Core.Paths;

namespace Digest.Site.Loading;

/// <summary>Keeps reads inside the input folder, even through symbolic links.</summary>
internal static class InputGuard
{
    /// <summary>True when <paramref name="file"/> (after following links) lies inside <paramref name="root"/>; warns otherwise.</summary>
    public static bool IsInside(string root, string file, DiagnosticBag diagnostics) =>
        IsInside(root, file, diagnostics, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// The files under <paramref name="dir"/> (all folders deep) whose names end in <paramref name="extension"/> and whose
    /// folders lie inside <paramref name="root"/>. Names only, from one pass over the folders: a file may still be a link,
    /// which <see cref="Status"/> checks as it reads the file's status (so that can run in parallel). Hidden files and
    /// folders (names starting with a dot) are left out: editors keep lock files such as <c>.#name.md</c> there.
    /// </summary>
    public static List<string> FilesInFolders(string root, string dir, string extension, DiagnosticBag diagnostics)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<string>(dir, static (ref FileSystemEntry e) => e.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) =>
                !e.IsDirectory && !e.FileName.StartsWith('.') && e.FileName.EndsWith(extension, comparison),
            ShouldRecursePredicate = static (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
        };
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        var inside = new List<string>();
        foreach (var file in entries)
        {
            if (IsInside(root, file, diagnostics, resolved, isLink: false))
            {
                inside.Add(file);
            }
        }
        return inside;
    }

    /// <summary>
    /// The length and last-write time of <paramref name="file"/> (one of <see cref="FilesInFolders"/>); for a link, of the
    /// file it points to, and null with a warning when that lies outside <paramref name="root"/>.
    /// </summary>
    public static SourceFile? Status(string root, string file, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(file);
        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return new SourceFile(file, info.Length, info.LastWriteTimeUtc);
        }
        if (!IsInside(root, file, diagnostics))
        {
            return null;
        }
        // A link's own length and time say nothing about the file it points to.
        var target = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        if (!target.Exists)
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "is a link to a file that does not exist; skipped", DiagnosticCodes.BrokenFileLink);
            return null;
        }
        return new SourceFile(file, target.Length, target.LastWriteTimeUtc);
    }

    private static bool IsInside(string root, string file, DiagnosticBag diagnostics, Dictionary<string, string> resolvedDirs, bool? isLink = null)
    {
        var info = new FileInfo(file);
        string resolved;
        try
        {
            // Reading a link costs a system call per file; the enumeration already knows which entries are links.
            var link = isLink ?? info.LinkTarget is not null;
            resolved = !link ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
            resolved = ResolveDirectoryLinks(resolved, resolvedDirs);
        }
        catch (IOException)
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "cannot follow this link; skipped", DiagnosticCodes.UnreadableFileLink);
            return false;
        }
        var realRoot = ResolveDirectoryLinks(Path.GetFullPath(root), resolvedDirs);
        if (!FolderPaths.IsInside(realRoot, resolved))
        {
            diagnostics.Warning(DisplayPath.For(file), 0, 0, "points outside the input folder (symbolic link?); skipped", DiagnosticCodes.LinkOutsideInput);
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
