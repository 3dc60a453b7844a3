using System.Collections.Concurrent;
using System.Text;

namespace Digest.Site.Output;

/// <summary>
/// The complete site in memory, path → bytes. Nothing reaches the output folder until every page
/// has rendered, so a failed build leaves the previous site untouched.
/// </summary>
public sealed class OutputSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public int Count => _files.Count;

    public void AddText(string path, string text) => Add(path, Utf8.GetBytes(text));

    public void Add(string path, byte[] bytes)
    {
        if (!IsSafeRelativePath(path))
        {
            throw new ArgumentException($"'{path}' is not a safe output path", nameof(path));
        }
        _files[path] = bytes;
    }

    public bool Contains(string path) => _files.ContainsKey(path);

    public byte[]? Get(string path) => _files.TryGetValue(path, out var b) ? b : null;

    /// <summary>All files ordered by path.</summary>
    public List<KeyValuePair<string, byte[]>> Sorted()
    {
        var list = new List<KeyValuePair<string, byte[]>>(_files);
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
}
