using Digest.Core.Diagnostics;

namespace Digest.Cli.Commands;

/// <summary>Wrong command-line usage; reported as a diagnostic with its code, and exit code 2.</summary>
public sealed class UsageException(DiagnosticCode code, string message) : Exception(message)
{
    public DiagnosticCode Code { get; } = code;

    /// <summary>The <c>digest: error DG9001: …</c> line users see.</summary>
    public Diagnostic Diagnostic => Diagnostic.Refusal(Code, Message);
}
