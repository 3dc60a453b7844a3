using System.Buffers;
using System.Text.Json;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes whole feed files and shared entry fragments through one reusable buffer, so a feed file costs no array of
/// its size at all when the build is staged; one writer per thread.
/// </summary>
internal sealed class FeedFileWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private readonly Utf8JsonWriter _json;

    public FeedFileWriter()
    {
        _json = new Utf8JsonWriter(_buffer, JsonFeedWriter.ItemOptions);
    }

    /// <summary>An entry rendered on its own, to be copied into every feed of its depth that lists it.</summary>
    public EntryFragments Fragments(FeedEntry entry, FeedUrls urls)
    {
        _buffer.ResetWrittenCount();
        AtomFeedWriter.WriteEntry(_buffer, entry, urls);
        var atom = Exact(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        WriteItem(entry, urls);
        return new EntryFragments(atom, Exact(_buffer.WrittenSpan));
    }

    /// <summary>
    /// The Atom file: for entry <c>i</c>, <paramref name="rendered"/>[i] when it was rendered ahead (shared with
    /// other feeds), else <paramref name="fresh"/>[i] rendered here with <paramref name="entryUrls"/>. The bytes live in
    /// this writer's buffer until its next call: a staged build streams them to disk without another copy.
    /// </summary>
    public ReadOnlySpan<byte> Atom(FeedDefinition feed, FeedSiteInfo site, string updated, FeedUrls feedUrls, FeedUrls entryUrls, FeedEntry?[] fresh, EntryFragments?[] rendered)
    {
        _buffer.ResetWrittenCount();
        AtomFeedWriter.WriteHead(_buffer, feed, site, feedUrls, updated);
        for (var i = 0; i < rendered.Length; i++)
        {
            if (rendered[i] is { } shared)
            {
                _buffer.Write(shared.Atom);
            }
            else
            {
                AtomFeedWriter.WriteEntry(_buffer, fresh[i]!, entryUrls);
            }
        }
        _buffer.Write(AtomFeedWriter.Tail);
        return _buffer.WrittenSpan;
    }

    /// <summary>The JSON Feed file; entries as for <see cref="Atom"/>.</summary>
    public ReadOnlySpan<byte> Json(FeedDefinition feed, FeedSiteInfo site, FeedUrls feedUrls, FeedUrls entryUrls, FeedEntry?[] fresh, EntryFragments?[] rendered)
    {
        _buffer.ResetWrittenCount();
        JsonFeedWriter.WriteHead(_buffer, feed, site, feedUrls);
        for (var i = 0; i < rendered.Length; i++)
        {
            if (i > 0)
            {
                _buffer.Write(JsonFeedWriter.Separator);
            }
            if (rendered[i] is { } shared)
            {
                _buffer.Write(shared.Json);
            }
            else
            {
                WriteItem(fresh[i]!, entryUrls);
            }
        }
        _buffer.Write(JsonFeedWriter.Tail(rendered.Length));
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _json.Dispose();

    private void WriteItem(FeedEntry entry, FeedUrls urls)
    {
        _json.Reset(_buffer);
        JsonFeedWriter.WriteItem(_buffer, _json, entry, urls);
    }

    private static byte[] Exact(ReadOnlySpan<byte> bytes)
    {
        // Uninitialised: every byte is overwritten at once, and feed files are large enough that zeroing shows.
        var array = GC.AllocateUninitializedArray<byte>(bytes.Length);
        bytes.CopyTo(array);
        return array;
    }
}
