using System.Globalization;
using System.Text;

namespace Digest.Import.Evaluation;

/// <summary>Per-article and overall figures of an evaluation run.</summary>
public sealed class EvalReport(IReadOnlyList<ArticleScore> articles)
{
    public IReadOnlyList<ArticleScore> Articles { get; } = articles;

    public int TitlesRight => Count(static a => a.TitleOk);

    public int DatesRight => Count(static a => a.DateOk);

    public double ExpertPrecision => Ratio(Sum(static a => a.ExpertsMatched), Sum(static a => a.ExpertsPredicted));

    public double ExpertRecall => Ratio(Sum(static a => a.ExpertsMatched), Sum(static a => a.ExpertsGold));

    public double ExpertF1 => F1(ExpertPrecision, ExpertRecall, Sum(static a => a.ExpertsGold) + Sum(static a => a.ExpertsPredicted));

    public double PeoplePrecision => Ratio(Sum(static a => a.PeopleMatched), Sum(static a => a.PeoplePredicted));

    public double PeopleRecall => Ratio(Sum(static a => a.PeopleMatched), Sum(static a => a.PeopleGold));

    public double PeopleF1 => F1(PeoplePrecision, PeopleRecall, Sum(static a => a.PeopleGold) + Sum(static a => a.PeoplePredicted));

    /// <summary>Articles whose import has an <c>image.caption</c>.</summary>
    public int CaptionsFound => Count(static a => a.CaptionGot is not null);

    /// <summary>Captions found that are one of the gold file's debris blocks.</summary>
    public int CaptionsInGold => Count(static a => a.CaptionInGold);

    /// <summary>Share of articles with the right title (or date).</summary>
    public double TitleRate => Ratio(TitlesRight, Articles.Count);

    public double DateRate => Ratio(DatesRight, Articles.Count);

    public double RoleAgreement => Ratio(Sum(static a => a.RolesAgreeing), Sum(static a => a.ExpertsMatched));

    public double OrgAgreement => Ratio(Sum(static a => a.OrgsAgreeing), Sum(static a => a.ExpertsMatched));

    /// <summary>Share of gold topics that the import found.</summary>
    public double TopicRecall => Ratio(Sum(static a => a.TopicsMatched), Sum(static a => a.TopicsGold));

    /// <summary>Share of the topics the import gave that the gold file lists.</summary>
    public double TopicPrecision => Ratio(Sum(static a => a.TopicsMatched), Sum(static a => a.TopicsPredicted));

    public double TopicF1 => F1(TopicPrecision, TopicRecall, Sum(static a => a.TopicsGold) + Sum(static a => a.TopicsPredicted));

    /// <summary>Gold labels that no vocabulary topic stands for (counted as missed).</summary>
    public int TopicsOutsideVocabulary => Sum(static a => a.TopicsOutsideVocabulary.Count);

    public int Leaks => Sum(static a => a.Leaks.Count);

    public int KeepsMissing => Sum(static a => a.KeepsMissing.Count);

    public int KeepsTotal => Sum(static a => a.KeepsTotal);

    public const double MinTitleRate = 0.95;
    public const double MinDateRate = 0.95;
    public const double MinExpertF1 = 0.92;
    public const double MinAgreement = 0.90;
    public const int MaxLeaks = 1;

    /// <summary>
    /// The acceptance targets of the importer: titles and dates ≥ 95 %, expert F1 ≥ 0.92, role and org agreement ≥ 90 %,
    /// at most one boilerplate leak in the whole set, every kept sentence, no source that fails.
    /// </summary>
    public bool MeetsTargets =>
        Articles.Count > 0 && TitleRate >= MinTitleRate && DateRate >= MinDateRate && ExpertF1 >= MinExpertF1
        && RoleAgreement >= MinAgreement && OrgAgreement >= MinAgreement && Leaks <= MaxLeaks && KeepsMissing == 0
        && Count(static a => a.Error is not null) == 0;

    public string Format()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        foreach (var a in Articles)
        {
            if (a.Error is not null)
            {
                sb.Append(ci, $"{a.Name}: ERROR {a.Error}\n");
                continue;
            }
            sb.Append(ci, $"{a.Name}: title {Mark(a.TitleOk)}  date {Mark(a.DateOk)} ({a.DateGot})  experts {a.ExpertsMatched}/{a.ExpertsGold} gold, {a.ExpertsPredicted} found  role {a.RolesAgreeing}/{a.ExpertsMatched}  org {a.OrgsAgreeing}/{a.ExpertsMatched}  people P {a.PeoplePrecision:0.00} R {a.PeopleRecall:0.00} ({a.PeopleMatched}/{a.PeopleGold} gold, {a.PeoplePredicted} found)  image.caption {(a.CaptionGot is null ? "-" : a.CaptionInGold ? "found" : "other")}  topics P {a.TopicPrecision:0.00} R {a.TopicRecall:0.00} ({a.TopicsMatched}/{a.TopicsGold} gold, {a.TopicsPredicted} found)  leaks {a.Leaks.Count}  keep {a.KeepsTotal - a.KeepsMissing.Count}/{a.KeepsTotal}\n");
            if (!a.TitleOk)
            {
                sb.Append(ci, $"    title got: \"{a.TitleGot}\"\n");
            }
            Details(sb, "missed expert: ", a.ExpertsMissed);
            Details(sb, "spurious expert: ", a.ExpertsSpurious);
            Details(sb, "missed person: ", a.PeopleMissed);
            Details(sb, "spurious person: ", a.PeopleSpurious);
            Details(sb, "missed topic: ", a.TopicsMissed);
            foreach (var t in a.TopicsOutsideVocabulary)
            {
                sb.Append(ci, $"    missed topic: \"{t}\" (no vocabulary topic)\n");
            }
            Details(sb, "spurious topic: ", a.TopicsSpurious);
            if (a.CaptionGot is not null && !a.CaptionInGold)
            {
                sb.Append(ci, $"    caption got: \"{a.CaptionGot}\"\n");
            }
            foreach (var l in a.Leaks)
            {
                sb.Append(ci, $"    leak: \"{l.Replace("\n", "\\n", StringComparison.Ordinal)}\"\n");
            }
            foreach (var k in a.KeepsMissing)
            {
                sb.Append(ci, $"    keep missing: \"{k}\"\n");
            }
        }
        sb.Append(ci, $"overall ({Articles.Count} articles): titles {TitlesRight}/{Articles.Count}, dates {DatesRight}/{Articles.Count}, ");
        sb.Append(ci, $"experts P {ExpertPrecision:0.00} R {ExpertRecall:0.00} F1 {ExpertF1:0.00}, role agreement {RoleAgreement:0.00}, org agreement {OrgAgreement:0.00}, ");
        sb.Append(ci, $"people P {PeoplePrecision:0.00} R {PeopleRecall:0.00} F1 {PeopleF1:0.00}, image.caption found {CaptionsFound} ({CaptionsInGold} a gold caption), ");
        sb.Append(ci, $"topics P {TopicPrecision:0.00} R {TopicRecall:0.00} F1 {TopicF1:0.00} ({TopicsOutsideVocabulary} gold labels outside the vocabulary), boilerplate leaks {Leaks}, keep sentences {KeepsTotal - KeepsMissing}/{KeepsTotal}\n");
        sb.Append(MeetsTargets ? "targets met\n" : "targets NOT met (titles and dates >= 95 %, expert F1 >= 0.92, role and org agreement >= 0.90, at most 1 leak, all keep sentences)\n");
        return sb.ToString();
    }

    private static string Mark(bool ok) => ok ? "ok" : "WRONG";

    /// <summary>One indented line per item under an article's line.</summary>
    private static void Details(StringBuilder sb, string label, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            sb.Append("    ").Append(label).Append(item).Append('\n');
        }
    }

    private int Count(Func<ArticleScore, bool> predicate)
    {
        var n = 0;
        foreach (var a in Articles)
        {
            if (predicate(a))
            {
                n++;
            }
        }
        return n;
    }

    private int Sum(Func<ArticleScore, int> selector)
    {
        var n = 0;
        foreach (var a in Articles)
        {
            n += selector(a);
        }
        return n;
    }

    private static double F1(double p, double r, int items) => p + r == 0 ? (items == 0 ? 1 : 0) : 2 * p * r / (p + r);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
