using System.Net;
using System.Text;
using Digest.Site.Serving;

namespace Digest.Cli.Serving;

/// <summary>The pages the server answers with when the site has none to give: a failed build, a missing file.</summary>
public static class BuiltInPages
{
    /// <summary>The problems of a failed build (or of a page whose template failed), in the terminal's words; it reloads once they are fixed.</summary>
    public static string Problems(SiteProblems problems)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>digest: build failed</title></head><body>\n");
        sb.Append("<h1>The site could not be built</h1>\n<pre>");
        foreach (var line in ServeLog.ProblemLines(problems))
        {
            sb.Append(WebUtility.HtmlEncode(line)).Append('\n');
        }
        sb.Append("</pre>\n<p>Fix the problems and save; this page reloads by itself.</p>\n</body></html>\n");
        return sb.ToString();
    }

    /// <summary>The answer for a path the site has no file at.</summary>
    public static string NotFound(string path) =>
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head><body>\n" +
        $"<h1>Not found</h1>\n<p>The site has no file <code>{WebUtility.HtmlEncode(path)}</code>.</p>\n<p><a href=\"/\">Home</a></p>\n</body></html>\n";
}
