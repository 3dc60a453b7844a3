using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>
/// Reads and parses the input folder. Articles are parsed in parallel; every problem is reported.
/// An article the memo remembers from an earlier build is taken from it (with the warnings its parse gave); without
/// a memo of earlier builds (<see cref="NoArticleMemo"/>) every article is parsed.
/// </summary>
internal static class ContentLoader
{
    /// <param name="inputDir">The site folder.</param>
    /// <param name="diagnostics">Where every problem goes.</param>
    /// <param name="memo">Articles parsed by earlier builds.</param>
    /// <param name="headsOnly">
    /// Read only each article's front matter (see <see cref="ArticleHeads"/>); its body is read when first asked for. For a
    /// first version served before the full build, which alone reports what is wrong in bodies; no memo is used then.
    /// </param>
    public static SiteContent Load(string inputDir, DiagnosticBag diagnostics, IArticleMemo? memo = null, bool headsOnly = false)
    {
        memo ??= NoArticleMemo.Instance;
        var root = Path.GetFullPath(inputDir);
        var settings = ReadOptional(root, "site.yml", diagnostics, SiteSettingsParser.Parse) ?? new SiteSettings();
        var topics = ReadOptional(root, "topics.yml", diagnostics, TopicsParser.Parse) ?? [];
        var experts = ReadOptional(root, "experts.yml", diagnostics, ExpertsParser.Parse) ?? [];
        var (articles, bodies) = LoadArticles(root, diagnostics, memo, headsOnly);
        var statics = StaticFiles(root, diagnostics);
        return new SiteContent(settings, topics, experts, articles, statics) { Editions = EditionLoader.Load(root, diagnostics), Bodies = bodies };
    }

    private static T? ReadOptional<T>(string root, string name, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T> parse)
        where T : class
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            return null;
        }
        var display = DisplayPath.For(path);
        var text = SourceText.Decode(File.ReadAllBytes(path), display, diagnostics);
        return text is null ? null : parse(text, display, diagnostics);
    }

    private static (List<Article> Articles, BodyTexts Bodies) LoadArticles(string root, DiagnosticBag diagnostics, IArticleMemo memo, bool headsOnly)
    {
        var dir = Path.Combine(root, "articles");
        if (!Directory.Exists(dir))
        {
            diagnostics.Warning(DisplayPath.For(root), 0, 0, "no articles/ folder; the site will have no articles", DiagnosticCodes.NoArticlesFolder);
            return ([], BodyTexts.AsParsed);
        }
        var files = InputGuard.FilesInFolders(root, dir, ".md", diagnostics);
        files.Sort(StringComparer.Ordinal);
        var parsed = new Article?[files.Count];
        // Each article's own slot, filled in parallel without locks: how to read its body later, if it is read later.
        var later = new Func<string>?[files.Count];
        var decodeEachTime = new bool[files.Count];
        var cwd = Environment.CurrentDirectory;
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                // The file's status comes first: a rebuild whose cache knows it by length and time reads nothing else.
                if (InputGuard.Status(root, files[i], diagnostics) is not { } file)
                {
                    return;
                }
                var display = DisplayPath.For(file.Path, cwd);
                if (headsOnly)
                {
                    parsed[i] = ArticleHeads.Load(file, display, diagnostics, out later[i]);
                }
                else
                {
                    parsed[i] = LoadRemembered(file, display, diagnostics, memo, out later[i], out decodeEachTime[i]);
                }
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                // Deleted or renamed between listing the folder and reading it (an editor saving, a checkout running).
                diagnostics.Error(DisplayPath.For(files[i], cwd), 0, 0, "disappeared while the site was being built; build again", DiagnosticCodes.FileVanished);
            }
        });
        var result = new List<Article>(files.Count);
        var readLater = new Dictionary<string, Func<string>>(StringComparer.Ordinal);
        var decoded = new Dictionary<string, Func<string>>(StringComparer.Ordinal);
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i] is { } article)
            {
                result.Add(article);
                if (later[i] is { } read)
                {
                    (decodeEachTime[i] ? decoded : readLater)[article.SourcePath] = read;
                }
            }
        }
        return (result, new BodyTexts(readLater, decoded));
    }

    /// <summary>Files written less than this long before they were hashed are read again next time, whatever their time says.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    /// <summary>
    /// An article through the memo. A file whose length and last-write time are what they were when it was remembered is
    /// not read at all; its body is read only if something asks for it. Times of files written moments before they
    /// were read are not trusted, so two edits within a file system's time resolution are never mistaken for one.
    /// </summary>
    private static Article? LoadRemembered(SourceFile file, string display, DiagnosticBag diagnostics, IArticleMemo memo, out Func<string>? readBody,
        out bool decodeEachTime)
    {
        readBody = null;
        decodeEachTime = false;
        var path = file.Path;
        var written = file.LastWriteUtc;
        var stamp = DateTime.UtcNow - written > SettleTime ? written.Ticks : 0;
        if (memo.Unchanged(display, file.Length, stamp) is { } hit && hit.BodyOffset >= 0 && hit.BodyOffset <= file.Length)
        {
            if (hit.Warnings.Count > 0)
            {
                diagnostics.AddRange(hit.Warnings);
            }
            var bodyStart = hit.BodyOffset;
            readBody = () =>
            {
                var bytes = File.ReadAllBytes(path);
                // The file was unchanged when this build began; if it changed since, its remembered article no longer fits it.
                return memo.StillFits(hit, bytes)
                    ? SourceText.DecodeTail(bytes, bodyStart)
                    : throw new IOException($"{display} changed while the site was being built; build again");
            };
            return hit.Article;
        }
        var read = File.ReadAllBytes(path);
        // Same bytes as a clean earlier parse, so they are valid UTF-8; the body (the end of the file) is decoded only if something
        // asks for it, which on a rebuild is rare: the rendered body is reused too.
        if (memo.Same(display, read, stamp) is { } same && same.BodyOffset >= 0 && same.BodyOffset <= read.Length)
        {
            if (same.Warnings.Count > 0)
            {
                diagnostics.AddRange(same.Warnings);
            }
            var bodyStart = same.BodyOffset;
            readBody = () => SourceText.DecodeTail(read, bodyStart);
            return same.Article;
        }
        var own = new DiagnosticBag();
        var text = SourceText.Decode(read, display, own);
        var article = text is null ? null : ArticleParser.Parse(text, display, own);
        var found = own.Sorted();
        diagnostics.AddRange(found);
        // Only clean parses are remembered.
        if (article is not null && !own.HasErrors)
        {
            memo.Remember(display, read, stamp, text!, article, found);
            // The body stays in the file's bytes, decoded again when the Markdown phase asks for it: a cold build of a large
            // site holds every article at once, and UTF-16 bodies would be twice the size of the file's UTF-8.
            if (SourceText.TailStart(read, text!, article.Body) is { } start)
            {
                readBody = () => SourceText.DecodeTail(read, start);
                decodeEachTime = true;
                return article with { Body = string.Empty };
            }
        }
        return article;
    }

    /// <summary><c>images/**</c> keeps its path; <c>static/**</c> lands at the site root.</summary>
    private static List<StaticFile> StaticFiles(string root, DiagnosticBag diagnostics)
    {
        var result = new List<StaticFile>();
        foreach (var (folder, prefix) in new[] { ("images", "images/"), ("static", "") })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || !InputGuard.IsInside(root, file, diagnostics))
                {
                    continue;
                }
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                result.Add(new StaticFile(file, prefix + relative));
            }
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        return result;
    }
}
