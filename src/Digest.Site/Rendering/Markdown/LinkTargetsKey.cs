using System.Security.Cryptography;
using System.Text;

namespace Digest.Site.Rendering.Markdown;

/// <summary>
/// Names the link targets of a site (every article's address and anchors, unpublished names, copied files) in one
/// string, so a body remembered from an earlier build is known to resolve its links the same way now.
/// </summary>
internal static class LinkTargetsKey
{
    /// <summary>Every article's address and anchors, unpublished names and copied files: all a relative link can resolve to.</summary>
    public static string Of(LinkTargets targets)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var stems = new List<string>(targets.ArticlesByStem.Keys);
        stems.Sort(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            Add(hash, "a", stem, targets.ArticlesByStem[stem].OutputPath);
            if (targets.BodiesByStem.TryGetValue(stem, out var body))
            {
                var ids = new List<string>(body.Anchors);
                ids.Sort(StringComparer.Ordinal);
                foreach (var id in ids)
                {
                    Add(hash, "#", id, string.Empty);
                }
            }
        }
        var unpublished = new List<string>(targets.UnpublishedStems);
        unpublished.Sort(StringComparer.Ordinal);
        foreach (var stem in unpublished)
        {
            Add(hash, "u", stem, string.Empty);
        }
        var files = new List<string>(targets.StaticFilesBySource.Keys);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(hash, "f", file, targets.StaticFilesBySource[file]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string kind, string a, string b)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"{kind}\0{a}\0{b}\0"));
    }
}
