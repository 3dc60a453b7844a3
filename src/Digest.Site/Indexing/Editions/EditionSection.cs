namespace Digest.Site.Indexing.Editions;

/// <summary>
/// One topic's part of an edition (<see cref="Topic"/> null for articles without a topic). An article with several
/// topics is shown in its first section only and linked from the others (<see cref="AlsoHere"/>).
/// </summary>
internal sealed class EditionSection(Topic? topic)
{
    public Topic? Topic { get; } = topic;

    public List<ArticleEntry> Articles { get; } = [];

    public List<ArticleEntry> AlsoHere { get; } = [];
}
