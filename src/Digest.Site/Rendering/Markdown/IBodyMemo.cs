using Digest.Core.Diagnostics;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// What the Markdown phase asks of a memory of earlier builds: bodies rendered before, by article. The phase says what a
/// body depended on; how it is kept is the memo's business. Thread-safe: bodies render in parallel.
/// <see cref="NoBodyMemo"/> remembers nothing.
/// </summary>
internal interface IBodyMemo
{
    /// <summary>False when nothing is kept, so the phase need not describe what it renders.</summary>
    bool Keeps { get; }

    /// <summary>
    /// The body remembered for the article from <paramref name="sourcePath"/> when it was rendered for <paramref name="outputPath"/>
    /// from the article as it is now; null otherwise.
    /// </summary>
    RememberedBody? Recall(string sourcePath, string outputPath);

    /// <summary>
    /// Remembers a body rendered without errors, with the anchors it has, the warnings it gave and, when it links to other
    /// files, <paramref name="targetsKey"/>: the link targets it was resolved against.
    /// </summary>
    void Remember(string sourcePath, string outputPath, string? targetsKey, RenderedBody body, IReadOnlySet<string> anchors, IReadOnlyList<Diagnostic> warnings);
}
