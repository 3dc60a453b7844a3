namespace Digest.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from every phase (thread-safe, since articles are parsed in parallel),
/// so a run reports all problems at once rather than stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string path, int line, int column, string message, DiagnosticCode code) =>
        Add(Diagnostic.Error(path, line, column, message, code));

    public void Warning(string path, int line, int column, string message, DiagnosticCode code) =>
        Add(Diagnostic.Warning(path, line, column, message, code));

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                var n = 0;
                foreach (var d in _items)
                {
                    if (d.IsError)
                    {
                        n++;
                    }
                }
                return n;
            }
        }
    }

    /// <summary>All diagnostics in a stable order (by path, line, column, message) so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            var copy = _items.ToList();
            copy.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Path, b.Path);
                if (c != 0) return c;
                c = a.Line.CompareTo(b.Line);
                if (c != 0) return c;
                c = a.Column.CompareTo(b.Column);
                return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
            });
            return copy;
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }
}
