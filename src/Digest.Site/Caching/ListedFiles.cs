using Digest.Site.Loading;

namespace Digest.Site.Caching;

/// <summary>
/// The files of one input folder taken from a snapshot of the whole input (<see cref="InputSnapshot"/>) instead of listing
/// the folder and reading every file's status again. A snapshot is only ever taken of an input without symbolic links, so
/// every file it holds lies inside the input folder and its length and time are the file's own.
/// </summary>
internal static class ListedFiles
{
    /// <summary>
    /// The files under <paramref name="folder"/> (relative to the input, e.g. <c>articles</c>) whose names end in
    /// <paramref name="extension"/>, as <see cref="InputGuard.FilesInFolders"/> would find them: hidden files and files in
    /// hidden folders left out. Full paths as that listing spells them, in ordinal order.
    /// </summary>
    public static List<SourceFile> Under(InputSnapshot snapshot, string inputDir, string folder, string extension)
    {
        var root = Path.GetFullPath(inputDir);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = folder + "/";
        var result = new List<SourceFile>();
        foreach (var file in snapshot.Files)
        {
            var path = file.Path;
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(extension, comparison) || HasHiddenPart(path, prefix.Length))
            {
                continue;
            }
            var full = Path.Combine(root, Path.DirectorySeparatorChar == '/' ? path : path.Replace('/', Path.DirectorySeparatorChar));
            result.Add(new SourceFile(full, file.Length, new DateTime(file.Stamp, DateTimeKind.Utc)));
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    /// <summary>True when a folder or the file's name after <paramref name="start"/> starts with a dot.</summary>
    private static bool HasHiddenPart(string path, int start)
    {
        if (path.Length > start && path[start] == '.')
        {
            return true;
        }
        for (var i = path.IndexOf('/', start); i >= 0 && i + 1 < path.Length; i = path.IndexOf('/', i + 1))
        {
            if (path[i + 1] == '.')
            {
                return true;
            }
        }
        return false;
    }
}
