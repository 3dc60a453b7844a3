using System.Collections.Concurrent;
using System.Text;
using Digest.Site.Rendering;

namespace Digest.Site.Output;

/// <summary>
/// The files of one build, by path. In memory (the default, for <c>check</c> and <c>serve</c>) it holds every file's
/// bytes. Staged (<see cref="Staged"/>) it streams each file into the output folder beside the file it replaces and
/// keeps only its length and time; nothing in the output folder changes until <see cref="Commit"/>, so a failed
/// build, after <see cref="Abort"/>, leaves the previous site untouched.
/// </summary>
public sealed class OutputSet : IPageSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly OutputStage? _stage;
    private string? _problem;

    /// <summary>An output set that keeps every file in memory.</summary>
    public OutputSet()
    {
    }

    private OutputSet(OutputStage stage) => _stage = stage;

    /// <summary>An output set that stages its files in <paramref name="outputDir"/> as they are added.</summary>
    public static OutputSet Staged(string outputDir) => new(OutputStage.Open(outputDir));

    public int Count => _files.Count;

    /// <summary>True when files go to the output folder as they are added rather than staying in memory.</summary>
    public bool IsStaged => _stage is not null;

    /// <summary>The first file-system error while staging (the build then fails and nothing is committed).</summary>
    public string? Problem => _problem;

    public void AddText(string path, string text) => Add(path, Utf8.GetBytes(text));

    public void Add(string path, byte[] bytes)
    {
        if (_stage is null)
        {
            CheckPath(path);
            _files[path] = new OutputFile(bytes, new StagedFile(true, bytes.Length, 0));
            return;
        }
        Add(path, (ReadOnlySpan<byte>)bytes);
    }

    /// <summary>Adds a file from a buffer the caller reuses: a staged set writes it out at once, an in-memory set copies it.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes)
    {
        CheckPath(path);
        if (_stage is null)
        {
            _files[path] = new OutputFile(bytes.ToArray(), new StagedFile(true, bytes.Length, 0));
            return;
        }
        try
        {
            _files[path] = new OutputFile(null, _stage.Stage(path, bytes, _files.ContainsKey(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _problem, $"cannot write '{path}' into the output folder: {ex.Message}", null);
        }
    }

    private static void CheckPath(string path)
    {
        if (!IsSafeRelativePath(path))
        {
            throw new ArgumentException($"'{path}' is not a safe output path", nameof(path));
        }
    }

    /// <summary>
    /// Keeps the file an earlier build wrote at <paramref name="path"/>, without reading it, when it still has that
    /// build's <paramref name="length"/> and <paramref name="stamp"/>. Only a staged set can do this; false otherwise.
    /// </summary>
    public bool TryKeep(string path, long length, long stamp)
    {
        if (_stage is null || stamp == 0 || !IsSafeRelativePath(path) || _stage.Keep(path, length, stamp) is not { } kept)
        {
            return false;
        }
        _files[path] = new OutputFile(null, kept);
        return true;
    }

    /// <summary>The modification time the file at <paramref name="path"/> will have once committed; 0 when unknown.</summary>
    public long StampOf(string path) => _files.TryGetValue(path, out var f) ? f.Staged.Stamp : 0;

    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The bytes of <paramref name="path"/>; null when absent or when the set is staged (bytes are not kept).</summary>
    public byte[]? Get(string path) => _files.TryGetValue(path, out var f) ? f.Bytes : null;

    /// <summary>All paths, ordinal order.</summary>
    public List<string> SortedPaths()
    {
        var list = new List<string>(_files.Keys);
        list.Sort(string.CompareOrdinal);
        return list;
    }

    /// <summary>All files with their bytes, ordered by path. In-memory sets only.</summary>
    public List<KeyValuePair<string, byte[]>> Sorted()
    {
        if (_stage is not null)
        {
            throw new InvalidOperationException("a staged output set does not keep file contents");
        }
        var list = new List<KeyValuePair<string, byte[]>>(_files.Count);
        foreach (var (path, file) in _files)
        {
            list.Add(new(path, file.Bytes!));
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    /// <summary>Moves the staged files into place and removes what no longer belongs to the site.</summary>
    internal WriteResult Commit()
    {
        if (_stage is null)
        {
            throw new InvalidOperationException("only a staged output set can be committed");
        }
        return _stage.Commit(SortedStaged());
    }

    /// <summary>Takes back everything staged so far; the output folder is left as it was before the build.</summary>
    public void Abort() => _stage?.Abort(SortedStaged());

    /// <summary>Every file with its length and modification time, ordered by path (times are 0 in an in-memory set).</summary>
    internal List<KeyValuePair<string, StagedFile>> StagedFiles() => SortedStaged();

    private List<KeyValuePair<string, StagedFile>> SortedStaged()
    {
        var list = new List<KeyValuePair<string, StagedFile>>(_files.Count);
        foreach (var (path, file) in _files)
        {
            list.Add(new(path, file.Staged));
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    /// <summary>Relative, forward slashes, no <c>..</c> or empty segments: nothing can land outside the output folder.</summary>
    public static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Contains('\0'))
        {
            return false;
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }
        return true;
    }

    private readonly record struct OutputFile(byte[]? Bytes, StagedFile Staged);
}
