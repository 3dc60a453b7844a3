namespace Digest.Core.Diagnostics;

/// <summary>
/// One problem found in user input, located as precisely as we can (1-based line and column; 0 when unknown), with
/// the stable <see cref="DiagnosticCode"/> of its kind. A diagnostic without a path (a refused folder, a usage error)
/// concerns the run as a whole.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, DiagnosticCode Code)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The <c>path:line:col: error DG1001: message</c> form editors and CI logs understand; <c>digest: error DG9001: …</c>
    /// when there is no file.
    /// </summary>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "digest" : Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind} {Code.Id}: {Message}";
    }

    public static Diagnostic Error(string path, int line, int column, string message, DiagnosticCode code) =>
        new(path, line, column, Severity.Error, message, code);

    public static Diagnostic Warning(string path, int line, int column, string message, DiagnosticCode code) =>
        new(path, line, column, Severity.Warning, message, code);

    /// <summary>An error about the run as a whole rather than a file: a refused folder, a usage error.</summary>
    public static Diagnostic Refusal(DiagnosticCode code, string message) =>
        new(string.Empty, 0, 0, Severity.Error, message, code);
}
