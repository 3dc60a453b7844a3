namespace Digest.Site.Output.Editions;

/// <summary>The files beside an edition's page that are no pages of the site (the sitemap leaves them out).</summary>
internal static class EditionFiles
{
    public static bool IsEditionFile(string path) =>
        path.StartsWith("editions/", StringComparison.Ordinal)
        && (path.EndsWith("/" + EditionEmail.HtmlName, StringComparison.Ordinal) || path.EndsWith("/" + EditionOneFile.FileName, StringComparison.Ordinal));
}
