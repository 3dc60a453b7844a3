using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Digest.Site.Output;

/// <summary>
/// Streams a build into the output folder without touching what is there until the build has succeeded. Each file
/// is compared with the one already in place as soon as it is rendered: an identical file is left alone, a new or
/// changed one is written beside it as <c>name.digest-tmp</c>. <see cref="Commit"/> renames the staged files into
/// place and removes files an earlier build wrote that no longer belong to the site; <see cref="Abort"/> deletes
/// the staged files and the folders staging created, so a failed build leaves the previous site exactly as it was.
/// Rendered bytes are not held until the end, which keeps a large site's memory flat. Thread-safe: pages render in parallel.
/// </summary>
internal sealed class OutputStage
{
    private readonly string _root;
    private readonly object _dirLock = new();
    private readonly HashSet<string> _knownDirs = new(StringComparer.Ordinal);
    private readonly List<string> _createdDirs = [];
    private readonly bool _createdRoot;
    private readonly bool _wasEmpty;

    private OutputStage(string root, bool createdRoot, bool wasEmpty)
    {
        _root = root;
        _createdRoot = createdRoot;
        _wasEmpty = wasEmpty;
        _knownDirs.Add(root);
    }

    /// <summary>The output folder, absolute.</summary>
    public string Root => _root;

    /// <summary>
    /// Prepares <paramref name="outputDir"/> for staging: creates it when missing, removes temporary files a killed
    /// build left behind, and marks the folder as being staged into until <see cref="Commit"/> or <see cref="Abort"/>.
    /// Call only after <see cref="OutputFolder.CheckOwnership"/> allowed writing there.
    /// </summary>
    public static OutputStage Open(string outputDir)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var created = !Directory.Exists(root);
        Directory.CreateDirectory(root);
        var marker = Path.Combine(root, OutputFolder.StagingMarkerName);
        // Searching a large site's every folder costs a rebuild real time; only an interrupted build leaves temporary files.
        if (File.Exists(marker))
        {
            OutputFolder.RemoveLeftoverTemps(root);
            File.Delete(marker);
        }
        bool empty;
        using (var entries = Directory.EnumerateFileSystemEntries(root).GetEnumerator())
        {
            empty = !entries.MoveNext();
        }
        try
        {
            File.WriteAllBytes(marker, []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that takes no mark takes no staged files either; staging the first file reports why.
        }
        return new OutputStage(root, created, empty);
    }

    /// <summary>
    /// Compares <paramref name="bytes"/> with the file at <paramref name="path"/> and stages them when they differ.
    /// <paramref name="restaged"/> says the path was staged before in this build, so a temp file may have to go.
    /// </summary>
    public StagedFile Stage(string path, ReadOnlySpan<byte> bytes, bool restaged)
    {
        var full = Path.Combine(_root, path);
        // A first build into an empty folder has nothing to compare with: skip the lookups.
        if (!_wasEmpty && Existing(full, bytes) is { } stamp)
        {
            if (restaged)
            {
                File.Delete(full + OutputFolder.TempSuffix);
            }
            return new StagedFile(false, bytes.Length, stamp);
        }
        EnsureDirectory(Path.GetDirectoryName(full)!);
        using var handle = File.OpenHandle(full + OutputFolder.TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None,
            FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
        return new StagedFile(true, bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
    }

    /// <summary>
    /// The file at <paramref name="path"/> as it stands, when it still has the length and modification time an earlier
    /// build recorded for it; null when it does not (then the caller renders it again).
    /// </summary>
    public StagedFile? Keep(string path, long length, long stamp)
    {
        var info = new FileInfo(Path.Combine(_root, path));
        if (!info.Exists || info.Length != length || info.LastWriteTimeUtc.Ticks != stamp)
        {
            return null;
        }
        return new StagedFile(false, length, stamp);
    }

    /// <summary>
    /// Moves every staged file into place and removes the files the manifest lists that are not in
    /// <paramref name="files"/> (sorted by path). The manifest lists the union first, so a build killed midway still
    /// knows every file it may have written.
    /// </summary>
    public WriteResult Commit(IReadOnlyList<KeyValuePair<string, StagedFile>> files)
    {
        var previous = OutputFolder.ReadManifest(_root);
        var union = new SortedSet<string>(previous, StringComparer.Ordinal);
        var current = new HashSet<string>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            union.Add(files[i].Key);
            current.Add(files[i].Key);
        }
        OutputFolder.WriteManifest(_root, union);

        var written = 0;
        var unchanged = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, file) = files[i];
            if (!file.Written)
            {
                unchanged++;
                continue;
            }
            var full = Path.Combine(_root, path);
            File.Move(full + OutputFolder.TempSuffix, full, overwrite: true);
            written++;
        }

        var removed = 0;
        foreach (var old in previous)
        {
            if (current.Contains(old) || !OutputSet.IsSafeRelativePath(old))
            {
                continue;
            }
            var full = Path.Combine(_root, old);
            if (File.Exists(full))
            {
                File.Delete(full);
                removed++;
                OutputFolder.RemoveEmptyParents(_root, Path.GetDirectoryName(full)!);
            }
        }
        OutputFolder.WriteManifest(_root, current);
        File.Delete(Path.Combine(_root, OutputFolder.StagingMarkerName));
        return new WriteResult(written, unchanged, removed);
    }

    /// <summary>Deletes the staged files and every folder staging created, leaving the output folder as it was.</summary>
    public void Abort(IEnumerable<KeyValuePair<string, StagedFile>> files)
    {
        foreach (var (path, file) in files)
        {
            if (file.Written)
            {
                TryDelete(Path.Combine(_root, path) + OutputFolder.TempSuffix);
            }
        }
        List<string> dirs;
        lock (_dirLock)
        {
            dirs = [.. _createdDirs];
        }
        // Deepest first, so a created folder is empty by the time it is reached.
        dirs.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        foreach (var dir in dirs)
        {
            TryRemoveEmpty(dir);
        }
        TryDelete(Path.Combine(_root, OutputFolder.StagingMarkerName));
        if (_createdRoot)
        {
            TryRemoveEmpty(_root);
        }
    }

    /// <summary>The modification time of the file at <paramref name="full"/> when it holds exactly <paramref name="bytes"/>.</summary>
    private static long? Existing(string full, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(full))
        {
            return null;
        }
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
        using (handle)
        {
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return null;
            }
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 16));
            try
            {
                long offset = 0;
                while (offset < bytes.Length)
                {
                    var want = (int)Math.Min(buffer.Length, bytes.Length - offset);
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, want), offset);
                    if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice((int)offset, read)))
                    {
                        return null;
                    }
                    offset += read;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            return File.GetLastWriteTimeUtc(handle).Ticks;
        }
    }

    private void EnsureDirectory(string dir)
    {
        lock (_dirLock)
        {
            if (_knownDirs.Contains(dir))
            {
                return;
            }
            // Remember each folder this build creates, ancestors included, so an aborted build can take them away again.
            var missing = new List<string>();
            for (var d = dir; d.Length > _root.Length && !_knownDirs.Contains(d) && !Directory.Exists(d); d = Path.GetDirectoryName(d)!)
            {
                missing.Add(d);
            }
            Directory.CreateDirectory(dir);
            _createdDirs.AddRange(missing);
            for (var d = dir; d.Length > _root.Length && _knownDirs.Add(d); d = Path.GetDirectoryName(d)!)
            {
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void TryRemoveEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
