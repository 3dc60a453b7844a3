using System.Buffers;
using System.Text.Json;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Renders entries to <see cref="EntryFragments"/>, reusing one buffer and one JSON writer for all of them;
/// one renderer per thread.
/// </summary>
public sealed class FeedEntryRenderer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public FeedEntryRenderer()
    {
        _json = new Utf8JsonWriter(_buffer, JsonFeedWriter.ItemOptions);
    }

    public EntryFragments Render(FeedEntry entry, FeedUrls urls)
    {
        _buffer.ResetWrittenCount();
        AtomFeedWriter.WriteEntry(_buffer, entry, urls);
        var atom = _buffer.WrittenSpan.ToArray();
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        JsonFeedWriter.WriteItem(_buffer, _json, entry, urls);
        var json = _buffer.WrittenSpan.ToArray();
        return new EntryFragments(atom, json);
    }

    public void Dispose() => _json.Dispose();
}
