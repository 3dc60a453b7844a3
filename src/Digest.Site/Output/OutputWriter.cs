using System.Text;

namespace Digest.Site.Output;

/// <summary>
/// Writes the output set: only files whose bytes changed (so modification times stay meaningful to sync tools),
/// each replaced atomically (written beside it, then renamed), and removes files an earlier build wrote that
/// no longer belong to the site. A manifest of what Digest wrote means files it did not write are never deleted.
/// </summary>
public static class OutputWriter
{
    /// <summary>Lists the files Digest wrote, one path per line.</summary>
    public const string ManifestName = ".digest-manifest";

    public const string TempSuffix = ".digest-tmp";

    /// <summary>Null when the folder may be written; otherwise why not.</summary>
    public static string? CheckOwnership(string outputDir)
    {
        if (!Directory.Exists(outputDir))
        {
            return null;
        }
        if (File.Exists(Path.Combine(outputDir, ManifestName)))
        {
            return null;
        }
        using var entries = Directory.EnumerateFileSystemEntries(outputDir).GetEnumerator();
        return entries.MoveNext()
            ? $"the output folder '{outputDir}' is not empty and was not written by digest (no {ManifestName}); refusing to write into it. Choose an empty or new folder."
            : null;
    }

    public static WriteResult Write(string outputDir, OutputSet files)
    {
        Directory.CreateDirectory(outputDir);
        RemoveLeftoverTemps(outputDir);
        var previous = ReadManifest(outputDir);
        var sorted = files.Sorted();

        // Record the union first: if this build is killed midway, the next one still knows every file we may have written.
        var union = new SortedSet<string>(previous, StringComparer.Ordinal);
        foreach (var (path, _) in sorted)
        {
            union.Add(path);
        }
        WriteManifest(outputDir, union);

        var written = 0;
        var unchanged = 0;
        var createdDirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in sorted)
        {
            var full = Path.Combine(outputDir, path);
            if (SameContent(full, bytes))
            {
                unchanged++;
                continue;
            }
            var dir = Path.GetDirectoryName(full)!;
            if (createdDirs.Add(dir))
            {
                Directory.CreateDirectory(dir);
            }
            var temp = full + TempSuffix;
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
            written++;
        }

        var removed = 0;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, _) in sorted)
        {
            current.Add(path);
        }
        foreach (var old in previous)
        {
            if (current.Contains(old) || !OutputSet.IsSafeRelativePath(old))
            {
                continue;
            }
            var full = Path.Combine(outputDir, old);
            if (File.Exists(full))
            {
                File.Delete(full);
                removed++;
                RemoveEmptyParents(outputDir, Path.GetDirectoryName(full)!);
            }
        }
        WriteManifest(outputDir, current);
        return new WriteResult(written, unchanged, removed);
    }

    private static bool SameContent(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length)
        {
            return false;
        }
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static SortedSet<string> ReadManifest(string outputDir)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(outputDir, ManifestName);
        if (!File.Exists(path))
        {
            return set;
        }
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }
        return set;
    }

    private static void WriteManifest(string outputDir, IEnumerable<string> paths)
    {
        var sb = new StringBuilder();
        foreach (var p in paths)
        {
            sb.Append(p).Append('\n');
        }
        var path = Path.Combine(outputDir, ManifestName);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        if (SameContent(path, bytes))
        {
            return;
        }
        File.WriteAllBytes(path + TempSuffix, bytes);
        File.Move(path + TempSuffix, path, overwrite: true);
    }

    private static void RemoveLeftoverTemps(string outputDir)
    {
        foreach (var file in Directory.EnumerateFiles(outputDir, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            File.Delete(file);
        }
    }

    private static void RemoveEmptyParents(string outputDir, string dir)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd('/');
        var current = Path.GetFullPath(dir).TrimEnd('/');
        while (current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }
}
