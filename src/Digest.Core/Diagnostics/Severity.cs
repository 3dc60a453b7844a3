namespace Digest.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
