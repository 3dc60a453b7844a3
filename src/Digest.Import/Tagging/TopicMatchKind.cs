namespace Digest.Import.Tagging;

/// <summary>How a word named a topic; each kind has its factor in <c>Data/topic-model.yml</c>.</summary>
internal enum TopicMatchKind
{
    /// <summary>An alias, label or slug as written, or with an inflection ending.</summary>
    Alias,

    /// <summary>A word that starts or ends with one of the topic's stems.</summary>
    Stem,

    /// <summary>A one-word alias as the head of a longer compound.</summary>
    CompoundHead,

    /// <summary>
    /// Any of the above in a word that introduces a person ("Energieexperte", "Klimaforschers", "economist"): it says
    /// what someone's field is more than what the article is about.
    /// </summary>
    RoleWord,
}
