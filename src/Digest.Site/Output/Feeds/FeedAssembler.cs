namespace Digest.Site.Output.Feeds;

/// <summary>
/// Joins a feed from its head, the pre-rendered entries and its tail into one array of exactly the right size:
/// a feed is copied once, never grown and copied again.
/// </summary>
public static class FeedAssembler
{
    public static byte[] Join(ReadOnlySpan<byte> head, IReadOnlyList<byte[]> parts, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> tail)
    {
        var length = head.Length + tail.Length + (parts.Count > 1 ? (parts.Count - 1) * separator.Length : 0);
        for (var i = 0; i < parts.Count; i++)
        {
            length += parts[i].Length;
        }
        var result = GC.AllocateUninitializedArray<byte>(length);
        var span = result.AsSpan();
        head.CopyTo(span);
        var at = head.Length;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(span[at..]);
                at += separator.Length;
            }
            parts[i].CopyTo(span[at..]);
            at += parts[i].Length;
        }
        tail.CopyTo(span[at..]);
        return result;
    }
}
