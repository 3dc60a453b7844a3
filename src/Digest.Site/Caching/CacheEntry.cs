using Digest.Core.Diagnostics;
using Digest.Core.Model;

namespace Digest.Site.Caching;

/// <summary>
/// What the cache remembers about one article file: the parsed article (its body is not stored: it is the end
/// of the file, from byte <see cref="BodyOffset"/>), the warnings parsing reported, and the rendered body.
/// <see cref="SourceLength"/> and <see cref="SourceStamp"/> are the file's length and last-write time when it was
/// hashed; a rebuild that finds both unchanged takes the entry without reading the file (0: always read it).
/// </summary>
internal sealed record CacheEntry(
    string ContentHash,
    Article Article,
    int BodyOffset,
    IReadOnlyList<Diagnostic> Diagnostics,
    CachedMarkdown? Markdown,
    long SourceLength = -1,
    long SourceStamp = 0);
