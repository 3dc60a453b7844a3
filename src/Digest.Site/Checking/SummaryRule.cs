using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>Articles whose summary is missing or empty: lists and feeds would show no teaser for them.</summary>
internal sealed class SummaryRule : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var article in context.Content.Articles)
        {
            if (!string.IsNullOrWhiteSpace(article.Summary))
            {
                continue;
            }
            if (FrontMatterLocator.FindInFile(article.SourcePath, "summary") is { } at)
            {
                diagnostics.Warning(article.SourcePath, at.Line, at.Column, "summary is empty; write one or two sentences for lists and feeds", DiagnosticCodes.EmptySummary);
            }
            else
            {
                // At the closing '---', before which the field would be added.
                diagnostics.Warning(article.SourcePath, article.BodyLine - 1, 1,
                    "article has no 'summary:'; add one before this '---' (lists and feeds show the start of the body instead)", DiagnosticCodes.EmptySummary);
            }
        }
    }
}
