using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Serving;

/// <summary>
/// The quick answer to a save of one article whose front matter is unchanged: the served site with only that article's
/// body rendered again, made in milliseconds instead of loading and indexing the whole site again. Indexing reads front
/// matter only and every page takes bodies from the rendered list, so its pages are the ones a full build makes; the
/// full rebuild that follows brings what this leaves out (problems an edit causes in other articles, the build cache).
/// Anything else (a new, renamed or deleted file, changed front matter, a body with errors) gets no quick answer.
/// </summary>
internal static class ArticleEdit
{
    /// <summary>
    /// The site of <paramref name="site"/> with the article at <paramref name="changedPath"/> (a full path) as it is on
    /// disk now, the article's file as diagnostics name it and its page; null when the change needs the full rebuild.
    /// </summary>
    public static (PreparedSite Site, string Article, string Page)? Apply(PreparedSite site, string changedPath)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timer = new PhaseTimer();
        if (!changedPath.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(changedPath)
            || (File.GetAttributes(changedPath) & FileAttributes.ReparsePoint) != 0)
        {
            return null;
        }
        var display = DisplayPath.For(changedPath);
        if (Find(site.Index, display) is not { } entry || site.Bodies[entry.Index] is null)
        {
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(changedPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Caught mid-save; the full rebuild reports it if it lasts.
            return null;
        }
        var problems = new DiagnosticBag();
        var text = SourceText.Decode(bytes, display, problems);
        var edited = text is null ? null : ArticleParser.Parse(text, display, problems);
        if (edited is null || problems.HasErrors || !SameFrontMatter(entry.Article, edited))
        {
            return null;
        }
        // Rendered for the entry as indexed: its front matter is the edited article's, and the body is passed on its own.
        var parsed = MarkdownRenderer.Parse(entry, edited.Body, problems);
        if (parsed is null)
        {
            return null;
        }
        var body = new MarkdownRenderer(site.Index.Settings.UnsafeHtml).Render(entry, parsed, site.Links, problems);
        if (problems.HasErrors)
        {
            return null;
        }
        var bodies = new RenderedBody?[site.Bodies.Count];
        for (var i = 0; i < bodies.Length; i++)
        {
            bodies[i] = site.Bodies[i];
        }
        bodies[entry.Index] = body;
        timer.Lap("article");
        // The content's body texts stay the old ones: serving reads rendered bodies only.
        var edit = new PreparedSite
        {
            Options = site.Options, Clock = clock, Timer = timer, Diagnostics = site.Diagnostics,
            Content = site.Content, Index = site.Index, Caches = site.Caches, Theme = site.Theme, Templates = site.Templates, Strings = site.Strings,
            Bodies = bodies, EditionIntroductions = site.EditionIntroductions, Links = site.Links,
        };
        return (edit, display, entry.OutputPath);
    }

    private static ArticleEntry? Find(SiteIndex index, string sourcePath)
    {
        foreach (var entry in index.Articles)
        {
            if (string.Equals(entry.Article.SourcePath, sourcePath, StringComparison.Ordinal))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>Whether everything but the body is the same, compared in the build cache's form, which holds every field.</summary>
    private static bool SameFrontMatter(Article before, Article after)
    {
        try
        {
            return Encode(before).AsSpan().SequenceEqual(Encode(after));
        }
        catch (InvalidDataException)
        {
            // Nested too deeply for that form: the full rebuild decides.
            return false;
        }
    }

    private static byte[] Encode(Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ArticleCodec.WriteArticle(writer, article);
        }
        return stream.ToArray();
    }
}
