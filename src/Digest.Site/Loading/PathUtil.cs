namespace Digest.Site.Loading;

/// <summary>Folder relations used by the safety checks.</summary>
public static class PathUtil
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsWithin(string folder, string path)
    {
        var f = Normalize(folder);
        var p = Normalize(path);
        return p == f || p.StartsWith(f + "/", StringComparison.Ordinal);
    }

    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
