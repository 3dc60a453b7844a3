namespace Digest.Core.Diagnostics;

/// <summary>
/// One problem found in user input, located as precisely as we can (1-based line and column; 0 when unknown).
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, string Code = "")
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The <c>path:line:col: error|warning: message</c> form editors and CI logs understand.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind}: {Message}";
    }

    public static Diagnostic Error(string path, int line, int column, string message, string code = "") =>
        new(path, line, column, Severity.Error, message, code);

    public static Diagnostic Warning(string path, int line, int column, string message, string code = "") =>
        new(path, line, column, Severity.Warning, message, code);
}
