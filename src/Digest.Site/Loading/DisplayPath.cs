namespace Digest.Site.Loading;

/// <summary>Paths as users see them in diagnostics: relative to the current folder when inside it.</summary>
public static class DisplayPath
{
    public static string For(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return fullPath.Replace('\\', '/');
        }
        return relative.Replace('\\', '/');
    }
}
