using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Core.Tests.Hardening;

/// <summary>Parses an article the way the build does and returns what a user would see.</summary>
internal static class HardeningParse
{
    public const string Path = "input/articles/x.md";

    public static (Article? Article, IReadOnlyList<Diagnostic> Diagnostics) Article(string text)
    {
        var bag = new DiagnosticBag();
        var article = ArticleParser.Parse(text, Path, bag);
        return (article, bag.Sorted());
    }

    /// <summary>The single located error a user sees, checked for the documented `path:line:col: error DG1234: …` form.</summary>
    public static Diagnostic FirstError(IReadOnlyList<Diagnostic> diagnostics)
    {
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
        Assert.StartsWith($"{Path}:{error.Line}:{error.Column}: error {error.Code.Id}: ", error.ToString());
        Assert.Contains(error.Code, DiagnosticCodes.All);
        return error;
    }
}
