namespace Digest.Core.Paths;

/// <summary>Folder relations of paths on disk, for the checks that keep reading and writing where they belong.</summary>
public static class FolderPaths
{
    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both made absolute first). A
    /// sibling whose name merely starts the same (<c>output-old</c> beside <c>output</c>) is not inside.
    /// </summary>
    public static bool IsInside(string folder, string path)
    {
        var f = Normalize(folder);
        var p = Normalize(path);
        return p == f || p.StartsWith(f.EndsWith('/') ? f : f + "/", StringComparison.Ordinal);
    }

    /// <summary>The absolute form of <paramref name="path"/> with <c>/</c> separators and no trailing separator (except the root's).</summary>
    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
