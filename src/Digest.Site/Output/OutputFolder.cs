using System.Text;
using Digest.Core.Diagnostics;

namespace Digest.Site.Output;

/// <summary>
/// The output folder's rules and bookkeeping, used by <see cref="OutputStage"/>, which does the writing: whether a build may
/// write there at all, the manifest of what Digest wrote (so files it did not write are never deleted), the names of its
/// temporary files and staging mark, and tidying up after them. Only files whose bytes changed are written (so
/// modification times stay meaningful to sync tools), each replaced atomically (staged beside it, then renamed), and files
/// an earlier build wrote that no longer belong to the site are removed.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Lists the files Digest wrote, one path per line.</summary>
    public const string ManifestName = ".digest-manifest";

    public const string TempSuffix = ".digest-tmp";

    /// <summary>
    /// Present while a build stages files into the folder. Finding it at the start of a build means the last one was
    /// interrupted, so only then is the whole folder searched for its temporary files.
    /// </summary>
    public const string StagingMarkerName = ".digest-staging";

    /// <summary>Null when the folder may be written; otherwise why not.</summary>
    public static Diagnostic? CheckOwnership(string outputDir)
    {
        if (!Directory.Exists(outputDir))
        {
            return null;
        }
        // A first build that was interrupted left its marker but no manifest yet: the folder is still Digest's.
        if (File.Exists(Path.Combine(outputDir, ManifestName)) || File.Exists(Path.Combine(outputDir, StagingMarkerName)))
        {
            return null;
        }
        using var entries = Directory.EnumerateFileSystemEntries(outputDir).GetEnumerator();
        return entries.MoveNext()
            ? Diagnostic.Refusal(DiagnosticCodes.OutputNotDigest,
                $"the output folder '{outputDir}' is not empty and was not written by digest (no {ManifestName}); refusing to write into it. Choose an empty or new folder.")
            : null;
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

    internal static SortedSet<string> ReadManifest(string outputDir)
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

    internal static void WriteManifest(string outputDir, IEnumerable<string> paths)
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

    internal static void RemoveLeftoverTemps(string outputDir)
    {
        foreach (var file in Directory.EnumerateFiles(outputDir, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            File.Delete(file);
        }
    }

    internal static void RemoveEmptyParents(string outputDir, string dir)
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
