namespace Digest.Import.Tagging;

/// <summary>Where a text stands in the article; each place has its weight in <c>Data/topic-model.yml</c>.</summary>
public enum TopicPart
{
    Title,
    Kicker,
    Lead,
    Heading,
    Body,
}
