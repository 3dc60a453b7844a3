using Digest.Core.Model;

namespace Digest.Import.Model;

/// <summary>Settings of one <c>digest import</c> run.</summary>
public sealed record ImportOptions
{
    /// <summary>The input folder (with topics.yml, experts.yml, import/); default <c>input</c>.</summary>
    public string InputDir { get; init; } = "input";

    /// <summary>Where articles go; default <c>&lt;input&gt;/articles</c>.</summary>
    public string? IntoDir { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Overwrite files edited by hand or not written by the importer.</summary>
    public bool Force { get; init; }

    /// <summary>Stands in for a missing date (the article is then a draft).</summary>
    public ArticleDate Today { get; init; } = FromDateTime(DateTime.Today);

    public string ArticlesDir => IntoDir ?? Path.Combine(InputDir, "articles");

    public static ArticleDate FromDateTime(DateTime d) => new(d.Year, d.Month, d.Day, null, null);
}
