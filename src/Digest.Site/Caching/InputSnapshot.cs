using System.IO.Enumeration;
using System.IO.Hashing;

namespace Digest.Site.Caching;

/// <summary>
/// Every file under a folder as it stood at one moment: relative path, length and last-write time, sorted by path. A file
/// written less than <see cref="SettleTime"/> before the snapshot also carries the hash of its bytes, since a second edit
/// within a file system's time resolution could leave its time unchanged. Null (from <see cref="Take"/>) when the folder
/// holds something a snapshot cannot vouch for: a symbolic link, an unreadable entry.
/// </summary>
internal sealed class InputSnapshot
{
    /// <summary>Files written less than this long before a snapshot are recognised by their bytes, not their time.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    private InputSnapshot(List<FileStamp> files) => Files = files;

    /// <summary>The files, ordinal order of <see cref="FileStamp.Path"/>.</summary>
    public List<FileStamp> Files { get; }

    /// <summary>The files under <paramref name="folder"/> now (none when it does not exist); null when one cannot be vouched for.</summary>
    public static InputSnapshot? Take(string folder) => List(folder, hashRecent: true) is { } files ? new InputSnapshot(files) : null;

    /// <summary>Built from stored stamps (a record read back).</summary>
    public static InputSnapshot Of(List<FileStamp> files) => new(files);

    /// <summary>
    /// True when <paramref name="folder"/> holds exactly these files now, each with its recorded length and time (and, for a
    /// file recorded with a hash, the same bytes). Otherwise <paramref name="now"/> is the snapshot of the folder as it is
    /// (null when it cannot be vouched for), so a build need not list it again.
    /// </summary>
    public bool StillHolds(string folder, out InputSnapshot? now)
    {
        now = null;
        if (List(folder, hashRecent: false) is not { } files)
        {
            return false;
        }
        if (files.Count == Files.Count && Same(folder, files))
        {
            return true;
        }
        now = HashRecent(Path.GetFullPath(folder), files) is { } hashed ? new InputSnapshot(hashed) : null;
        return false;
    }

    private bool Same(string folder, List<FileStamp> files)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var (was, @is) = (Files[i], files[i]);
            if (was.Path != @is.Path || was.Length != @is.Length || was.Stamp != @is.Stamp)
            {
                return false;
            }
            if (was.Hash is { } hash && !hash.AsSpan().SequenceEqual(HashOf(Path.Combine(folder, was.Path)) ?? []))
            {
                return false;
            }
        }
        return true;
    }

    private static List<FileStamp>? List(string folder, bool hashRecent)
    {
        // The enumeration reports folders without a trailing separator, whatever the caller typed ("--input site/").
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var files = new List<FileStamp>();
        if (!Directory.Exists(root))
        {
            return files;
        }
        var linked = false;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        try
        {
            var entries = new FileSystemEnumerable<FileStamp?>(root, (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    linked = true;
                    return null;
                }
                return entry.IsDirectory ? null : new FileStamp(Relative(root, ref entry), entry.Length, entry.LastWriteTimeUtc.UtcTicks, null);
            }, options);
            foreach (var entry in entries)
            {
                if (entry is { } file)
                {
                    files.Add(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (linked)
        {
            return null;
        }
        files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return hashRecent ? HashRecent(root, files) : files;
    }

    /// <summary>Adds the hash of every file written less than <see cref="SettleTime"/> ago; null when one cannot be read.</summary>
    private static List<FileStamp>? HashRecent(string root, List<FileStamp> files)
    {
        var settled = (DateTime.UtcNow - SettleTime).Ticks;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Stamp > settled)
            {
                if (HashOf(Path.Combine(root, files[i].Path)) is not { } hash)
                {
                    return null;
                }
                files[i] = files[i] with { Hash = hash };
            }
        }
        return files;
    }

    private static string Relative(string root, ref FileSystemEntry entry)
    {
        var start = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        var dir = entry.Directory.Length > root.Length ? entry.Directory[start..].ToString().Replace('\\', '/') + "/" : string.Empty;
        return dir + entry.FileName.ToString();
    }

    private static byte[]? HashOf(string path)
    {
        try
        {
            return XxHash128.Hash(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
