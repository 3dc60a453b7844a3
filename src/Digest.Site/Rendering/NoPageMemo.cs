using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Rendering;

/// <summary>Remembers nothing: every page is rendered (<c>--no-cache</c>, <c>digest serve</c>).</summary>
internal sealed class NoPageMemo : IPageMemo
{
    public static NoPageMemo Instance { get; } = new();

    private NoPageMemo()
    {
    }

    public bool TryKeep(string kind, string path, string title, string? description, IReadOnlyList<FeedLinkView> feeds,
        IReadOnlyList<KeyValuePair<string, object?>> values, IPageSink output, out object? shown)
    {
        shown = null;
        return false;
    }

    public bool KeepUnaffected(string path, IPageSink output) => false;

    public void Rendered(string path, object shown, ReadOnlySpan<byte> bytes, IPageSink output)
    {
    }
}
