namespace Digest.Core.Diagnostics;

/// <summary>
/// The stable identity of one kind of problem (<c>DG1001</c>): what tools, tests and readers of the README key on,
/// while the message wording may improve. Every code is listed in <see cref="DiagnosticCodes.All"/>.
/// </summary>
public sealed record DiagnosticCode(string Id, string Description)
{
    public override string ToString() => Id;
}
