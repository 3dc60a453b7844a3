using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.FrontMatter;
using Digest.Core.Model;

namespace Digest.Site.Loading;

/// <summary>Reads and parses the input folder. Articles are parsed in parallel; every problem is reported.</summary>
public static class ContentLoader
{
    public static SiteContent Load(string inputDir, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDir);
        var settings = ReadOptional(root, "site.yml", diagnostics, SiteSettingsParser.Parse) ?? new SiteSettings();
        var topics = ReadOptional(root, "topics.yml", diagnostics, TopicsParser.Parse) ?? [];
        var experts = ReadOptional(root, "experts.yml", diagnostics, ExpertsParser.Parse) ?? [];
        var articles = LoadArticles(root, diagnostics);
        var statics = StaticFiles(root, diagnostics);
        return new SiteContent(settings, topics, experts, articles, statics);
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

    private static List<Article> LoadArticles(string root, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(root, "articles");
        if (!Directory.Exists(dir))
        {
            diagnostics.Warning(DisplayPath.For(root), 0, 0, "no articles/ folder; the site will have no articles");
            return [];
        }
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories))
        {
            if (InputGuard.IsInside(root, file, diagnostics))
            {
                files.Add(file);
            }
        }
        files.Sort(StringComparer.Ordinal);
        var parsed = new Article?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = DisplayPath.For(files[i]);
            var text = SourceText.Decode(File.ReadAllBytes(files[i]), display, diagnostics);
            if (text is not null)
            {
                parsed[i] = ArticleParser.Parse(text, display, diagnostics);
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
