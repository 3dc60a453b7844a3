using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;
using Digest.Site.Caching;

namespace Digest.Site.Loading;

/// <summary>
/// Reads and parses the input folder. Articles are parsed in parallel; every problem is reported.
/// With a cache, an article whose file is unchanged is taken from it (with the warnings its parse gave).
/// </summary>
public static class ContentLoader
{
    public static SiteContent Load(string inputDir, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var root = Path.GetFullPath(inputDir);
        var settings = ReadOptional(root, "site.yml", diagnostics, SiteSettingsParser.Parse) ?? new SiteSettings();
        var topics = ReadOptional(root, "topics.yml", diagnostics, TopicsParser.Parse) ?? [];
        var experts = ReadOptional(root, "experts.yml", diagnostics, ExpertsParser.Parse) ?? [];
        var articles = LoadArticles(root, diagnostics, cache);
        var statics = StaticFiles(root, diagnostics);
        return new SiteContent(settings, topics, experts, articles, statics) { Editions = EditionLoader.Load(root, diagnostics) };
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

    private static List<Article> LoadArticles(string root, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var dir = Path.Combine(root, "articles");
        if (!Directory.Exists(dir))
        {
            diagnostics.Warning(DisplayPath.For(root), 0, 0, "no articles/ folder; the site will have no articles", DiagnosticCodes.NoArticlesFolder);
            return [];
        }
        var files = InputGuard.FilesInFolders(root, dir, ".md", diagnostics);
        files.Sort(StringComparer.Ordinal);
        var parsed = new Article?[files.Count];
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
                parsed[i] = cache is null ? Parse(File.ReadAllBytes(file.Path), display, diagnostics) : LoadCached(file, display, diagnostics, cache);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                // Deleted or renamed between listing the folder and reading it (an editor saving, a checkout running).
                diagnostics.Error(DisplayPath.For(files[i], cwd), 0, 0, "disappeared while the site was being built; build again", DiagnosticCodes.FileVanished);
            }
        });
        var result = new List<Article>(files.Count);
        foreach (var article in parsed)
        {
            if (article is not null)
            {
                result.Add(article);
            }
        }
        return result;
    }

    private static Article? Parse(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, display, diagnostics);
        return text is null ? null : ArticleParser.Parse(text, display, diagnostics);
    }

    /// <summary>Files written less than this long before they were hashed are read again next time, whatever their time says.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    /// <summary>
    /// An article through the cache. A file whose length and last-write time are what they were when it was hashed is
    /// not read at all; its body is read only if something asks for it. Times of files written moments before they
    /// were hashed are not trusted, so two edits within a file system's time resolution are never mistaken for one.
    /// </summary>
    private static Article? LoadCached(SourceFile file, string display, DiagnosticBag diagnostics, BuildCache cache)
    {
        var path = file.Path;
        var length = file.Length;
        var written = file.LastWriteUtc;
        var stamp = DateTime.UtcNow - written > SettleTime ? written.Ticks : 0;
        if (cache.FindUnchanged(display, length, stamp) is { } hit && hit.BodyOffset >= 0 && hit.BodyOffset <= length)
        {
            cache.CountHit();
            if (hit.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(hit.Diagnostics);
            }
            var bodyStart = hit.BodyOffset;
            var hash = hit.ContentHash;
            return hit.Article.WithBodyFrom(() =>
            {
                var bytes = File.ReadAllBytes(path);
                // The file was unchanged when this build began; if it changed since, its cached article no longer fits it.
                return ContentHash.Of(bytes) == hash
                    ? SourceText.DecodeTail(bytes, bodyStart)
                    : throw new IOException($"{display} changed while the site was being built; build again");
            });
        }
        return ParseCached(File.ReadAllBytes(path), display, diagnostics, cache, stamp);
    }

    private static Article? ParseCached(byte[] bytes, string display, DiagnosticBag diagnostics, BuildCache cache, long stamp)
    {
        var hash = ContentHash.Of(bytes);
        // Same bytes as a clean earlier parse, so they are valid UTF-8; the body (the end of the file) is decoded only if something
        // asks for it, which on a rebuild is rare: the rendered body is reused too.
        if (cache.Find(display, hash) is { } hit && hit.BodyOffset >= 0 && hit.BodyOffset <= bytes.Length)
        {
            cache.CountHit();
            if (hit.Diagnostics.Count > 0)
            {
                diagnostics.AddRange(hit.Diagnostics);
            }
            if (hit.SourceStamp != stamp || hit.SourceLength != bytes.Length)
            {
                // Same content, new time (touched, checked out again): remember the time so the next build need not read it.
                cache.Store(display, hit with { SourceLength = bytes.Length, SourceStamp = stamp });
            }
            var bodyStart = hit.BodyOffset;
            return hit.Article.WithBodyFrom(() => SourceText.DecodeTail(bytes, bodyStart));
        }
        cache.CountMiss();
        var own = new DiagnosticBag();
        var text = SourceText.Decode(bytes, display, own);
        var article = text is null ? null : ArticleParser.Parse(text, display, own);
        var found = own.Sorted();
        diagnostics.AddRange(found);
        // Only clean parses are kept; the body is stored as where it starts in the file, so it must be the end of the text.
        if (article is not null && !own.HasErrors && SourceText.TailStart(bytes, text!, article.Body) is { } offset)
        {
            cache.Store(display, new CacheEntry(hash, article with { Body = string.Empty }, offset, found, null, bytes.Length, stamp));
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
