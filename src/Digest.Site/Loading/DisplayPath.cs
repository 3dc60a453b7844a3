namespace Digest.Site.Loading;

/// <summary>Paths as users see them in diagnostics: relative to the current folder when inside it.</summary>
public static class DisplayPath
{
    public static string For(string fullPath) => For(fullPath, Environment.CurrentDirectory);

    /// <summary>Like <see cref="For(string)"/> with the current folder already known (asking for it is a system call).</summary>
    public static string For(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return fullPath.Replace('\\', '/');
        }
        return relative.Replace('\\', '/');
    }
}
