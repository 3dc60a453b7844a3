namespace Digest.Cli.Commands;

/// <summary>Wrong command-line usage; reported with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
