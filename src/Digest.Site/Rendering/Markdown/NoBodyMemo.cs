using Digest.Core.Diagnostics;

namespace Digest.Site.Rendering.Markdown;

/// <summary>Remembers nothing: every body is rendered (<c>--no-cache</c>).</summary>
internal sealed class NoBodyMemo : IBodyMemo
{
    public static NoBodyMemo Instance { get; } = new();

    private NoBodyMemo()
    {
    }

    public bool Keeps => false;

    public RememberedBody? Recall(string sourcePath, string outputPath) => null;

    public void Remember(string sourcePath, string outputPath, string? targetsKey, RenderedBody body, IReadOnlySet<string> anchors,
        IReadOnlyList<Diagnostic> warnings)
    {
    }
}
