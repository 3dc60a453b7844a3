namespace Digest.Import.Evaluation;

/// <summary>How one imported article compares with its gold annotation.</summary>
public sealed class ArticleScore
{
    public required string Name { get; init; }

    /// <summary>Set when the source could not be imported at all.</summary>
    public string? Error { get; init; }

    public bool TitleOk { get; set; }

    public string TitleGot { get; set; } = string.Empty;

    public bool DateOk { get; set; }

    public string DateGot { get; set; } = string.Empty;

    public int ExpertsPredicted { get; set; }

    public int ExpertsGold { get; set; }

    public int ExpertsMatched { get; set; }

    public int RolesAgreeing { get; set; }

    public int OrgsAgreeing { get; set; }

    public List<string> ExpertsMissed { get; } = [];

    public List<string> ExpertsSpurious { get; } = [];

    public int PeopleGold { get; set; }

    public int PeoplePredicted { get; set; }

    public int PeopleMatched { get; set; }

    public List<string> PeopleMissed { get; } = [];

    public List<string> PeopleSpurious { get; } = [];

    /// <summary>The <c>image.caption</c> the import found, or null.</summary>
    public string? CaptionGot { get; set; }

    /// <summary>The caption found is one of the debris blocks the gold file names (so it is the page's caption, not article text).</summary>
    public bool CaptionInGold { get; set; }

    public int TopicsGold { get; set; }

    public int TopicsPredicted { get; set; }

    public int TopicsMatched { get; set; }

    /// <summary>Gold topics (as slugs, or the gold label when the vocabulary has no topic for it) the import did not give.</summary>
    public List<string> TopicsMissed { get; } = [];

    /// <summary>Topics the import gave that the gold file does not list.</summary>
    public List<string> TopicsSpurious { get; } = [];

    /// <summary>Gold labels no vocabulary topic stands for: the import cannot find them, whatever it does.</summary>
    public List<string> TopicsOutsideVocabulary { get; } = [];

    public double TopicPrecision => Ratio(TopicsMatched, TopicsPredicted);

    public double TopicRecall => Ratio(TopicsMatched, TopicsGold);

    public double PeoplePrecision => Ratio(PeopleMatched, PeoplePredicted);

    public double PeopleRecall => Ratio(PeopleMatched, PeopleGold);

    /// <summary>A share, or 1 when there was nothing to count (no gold item missed, no found item wrong).</summary>
    internal static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public List<string> Leaks { get; } = [];

    public List<string> KeepsMissing { get; } = [];

    public int KeepsTotal { get; set; }
}
