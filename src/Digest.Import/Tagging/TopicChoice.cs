namespace Digest.Import.Tagging;

/// <summary>
/// One topic the tagger weighed: its score, the words that named it (folded, first occurrences first) and whether the
/// article was given it. Says why an article has a topic, or why not.
/// </summary>
public sealed record TopicChoice(string Slug, double Score, IReadOnlyList<string> Evidence, bool Given);
