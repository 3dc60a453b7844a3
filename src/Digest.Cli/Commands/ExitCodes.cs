namespace Digest.Cli.Commands;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>
    /// Content errors: the input has problems (reported as path:line:col diagnostics), or the build stopped on a
    /// file-system error (reported as one line).
    /// </summary>
    public const int ContentError = 1;

    /// <summary>Usage errors: unknown command or option, missing argument, refused folder.</summary>
    public const int UsageError = 2;
}
