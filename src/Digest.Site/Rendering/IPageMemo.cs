using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Rendering;

/// <summary>
/// What page rendering asks of a memory of earlier builds: whether a page shows exactly what it showed last time, so
/// the file that build wrote can be kept instead of rendering the templates again. Thread-safe: pages render in
/// parallel. <see cref="NoPageMemo"/> remembers nothing.
/// </summary>
internal interface IPageMemo
{
    /// <summary>
    /// True when the page at <paramref name="path"/> shows what it showed in the last build (its kind, title, description,
    /// feed links and every value handed to its template) and that build's file is in <paramref name="output"/> again.
    /// Otherwise <paramref name="shown"/> is what to hand to <see cref="Rendered"/> once the page is rendered (null: nothing
    /// to remember).
    /// </summary>
    bool TryKeep(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IReadOnlyList<KeyValuePair<string, object?>> values, IPageSink output, out object? shown);

    /// <summary>
    /// True when the page at <paramref name="path"/> is made from exactly what it was made from in the last build and that
    /// build's file is in <paramref name="output"/> again: then its data need not even be made. False tells nothing (the
    /// page's data is made and asked about through <see cref="TryKeep"/>).
    /// </summary>
    bool KeepUnaffected(string path, IPageSink output);

    /// <summary>Remembers what the page at <paramref name="path"/> rendered to, after it was added to <paramref name="output"/>.</summary>
    void Rendered(string path, object shown, ReadOnlySpan<byte> bytes, IPageSink output);
}
