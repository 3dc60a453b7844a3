using Digest.Site.Indexing;
using Digest.Site.Loading;

namespace Digest.Site.Checking;

/// <summary>What the extra check rules look at: everything loaded (drafts included) and its index.</summary>
internal sealed record CheckContext(SiteContent Content, SiteIndex Index);
