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

    public double ExpertF1 => ExpertPrecision + ExpertRecall == 0 ? (Sum(static a => a.ExpertsGold) == 0 && Sum(static a => a.ExpertsPredicted) == 0 ? 1 : 0)
        : 2 * ExpertPrecision * ExpertRecall / (ExpertPrecision + ExpertRecall);

    public double RoleAgreement => Ratio(Sum(static a => a.RolesAgreeing), Sum(static a => a.ExpertsMatched));

    public double OrgAgreement => Ratio(Sum(static a => a.OrgsAgreeing), Sum(static a => a.ExpertsMatched));

    /// <summary>Share of gold topics that the import found (recall of topics).</summary>
    public double TopicOverlap => Ratio(Sum(static a => a.TopicsMatched), Sum(static a => a.TopicsGold));

    public double TopicPrecision => Ratio(Sum(static a => a.TopicsMatched), Sum(static a => a.TopicsPredicted));

    public int Leaks => Sum(static a => a.Leaks.Count);

    public int KeepsMissing => Sum(static a => a.KeepsMissing.Count);

    public int KeepsTotal => Sum(static a => a.KeepsTotal);

    /// <summary>The acceptance targets of the importer: all titles and dates, expert F1 ≥ 0.9, no leaks, all keeps.</summary>
    public bool MeetsTargets =>
        Articles.Count > 0 && TitlesRight == Articles.Count && DatesRight == Articles.Count && ExpertF1 >= 0.9 && Leaks == 0 && KeepsMissing == 0
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
            sb.Append(ci, $"{a.Name}: title {Mark(a.TitleOk)}  date {Mark(a.DateOk)} ({a.DateGot})  experts {a.ExpertsMatched}/{a.ExpertsGold} gold, {a.ExpertsPredicted} found  role {a.RolesAgreeing}/{a.ExpertsMatched}  org {a.OrgsAgreeing}/{a.ExpertsMatched}  topics {a.TopicsMatched}/{a.TopicsGold}  leaks {a.Leaks.Count}  keep {a.KeepsTotal - a.KeepsMissing.Count}/{a.KeepsTotal}\n");
            if (!a.TitleOk)
            {
                sb.Append(ci, $"    title got: \"{a.TitleGot}\"\n");
            }
            foreach (var m in a.ExpertsMissed)
            {
                sb.Append(ci, $"    missed expert: {m}\n");
            }
            foreach (var s in a.ExpertsSpurious)
            {
                sb.Append(ci, $"    spurious expert: {s}\n");
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
        sb.Append(ci, $"topic overlap {TopicOverlap:0.00} (precision {TopicPrecision:0.00}), boilerplate leaks {Leaks}, keep sentences {KeepsTotal - KeepsMissing}/{KeepsTotal}\n");
        sb.Append(MeetsTargets ? "targets met\n" : "targets NOT met (all titles and dates, expert F1 >= 0.90, no leaks, all keep sentences)\n");
        return sb.ToString();
    }

    private static string Mark(bool ok) => ok ? "ok" : "WRONG";

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

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
