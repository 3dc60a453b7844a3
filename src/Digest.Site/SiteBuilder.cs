using System.Diagnostics;
using Digest.Core.Diagnostics;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Output;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.Theme;

namespace Digest.Site;

/// <summary>
/// The build flow: load → index → render → write. Each phase lives in its own folder; this type only
/// sequences them and stops before writing anything if any phase reported an error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Generators run after the pages, in this order.</summary>
    public static IReadOnlyList<IOutputGenerator> Generators { get; } =
    [
        new StaticFilesGenerator(),
    ];

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var timings = new List<(string, TimeSpan)>();
        var diagnostics = new DiagnosticBag();
        var layers = options.ThemeLayers();

        var refusal = Refuse(options, layers);
        if (refusal is not null)
        {
            return new BuildResult { Diagnostics = [], Refusal = refusal, Elapsed = clock.Elapsed };
        }

        var phase = Stopwatch.StartNew();
        var content = ContentLoader.Load(options.InputDir, diagnostics);
        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Settings = content.Settings with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }
        timings.Add(("load", phase.Elapsed));

        phase.Restart();
        var index = SiteIndexer.Index(content, options, diagnostics);
        timings.Add(("index", phase.Elapsed));

        phase.Restart();
        var theme = new ThemeFiles(layers);
        var templates = new TemplateEngine(theme, diagnostics);
        var strings = UiStrings.Load(theme, index.Settings.Language, diagnostics);
        var bodies = RenderBodies(index, diagnostics);
        timings.Add(("markdown", phase.Elapsed));

        OutputSet? output = null;
        if (!diagnostics.HasErrors)
        {
            phase.Restart();
            output = new OutputSet();
            var views = new ViewModelFactory(index, strings, bodies);
            var pages = new PageRenderer(index, templates, strings, views, bodies);
            pages.RenderAll(output, diagnostics);
            var site = new RenderedSite(options, index, bodies, theme, templates, strings, views, pages);
            foreach (var generator in Generators)
            {
                generator.Generate(site, output, diagnostics);
            }
            timings.Add(("render", phase.Elapsed));
        }

        var result = new BuildResult
        {
            Diagnostics = diagnostics.Sorted(),
            Success = !diagnostics.HasErrors,
            Articles = index.Articles.Count,
            Files = output?.Count ?? 0,
            Output = output,
            Content = content,
            Index = index,
        };
        if (!result.Success || options.DryRun || output is null)
        {
            return result with { Elapsed = clock.Elapsed, Timings = timings };
        }

        phase.Restart();
        var ownership = OutputWriter.CheckOwnership(options.OutputDir);
        if (ownership is not null)
        {
            return result with { Success = false, Refusal = ownership, Elapsed = clock.Elapsed, Timings = timings };
        }
        var write = OutputWriter.Write(options.OutputDir, output);
        timings.Add(("write", phase.Elapsed));
        return result with
        {
            Written = write.Written,
            Unchanged = write.Unchanged,
            Removed = write.Removed,
            Elapsed = clock.Elapsed,
            Timings = timings,
        };
    }

    private static string? Refuse(BuildOptions options, IReadOnlyList<string> layers)
    {
        if (!Directory.Exists(options.InputDir))
        {
            return $"input folder '{options.InputDir}' does not exist";
        }
        if (options.ThemeDir is not null && !Directory.Exists(options.ThemeDir))
        {
            return $"theme folder '{options.ThemeDir}' does not exist";
        }
        if (!Directory.Exists(options.DefaultThemeDir))
        {
            return $"the default theme was not found at '{options.DefaultThemeDir}'";
        }
        return options.DryRun ? null : FolderSafety.Check(options.OutputDir, options.InputDir, layers);
    }

    /// <summary>Parses all bodies in parallel, then renders them once every article's anchors are known.</summary>
    private static RenderedBody?[] RenderBodies(SiteIndex index, DiagnosticBag diagnostics)
    {
        var count = index.Articles.Count;
        var parsed = new ParsedBody?[count];
        Parallel.For(0, count, i => parsed[i] = MarkdownRenderer.Parse(index.Articles[i], diagnostics));
        var byStem = new Dictionary<string, ParsedBody>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (parsed[i] is { } body)
            {
                byStem.TryAdd(index.Articles[i].Article.FileStem, body);
            }
        }
        var statics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in index.StaticFiles)
        {
            statics[Path.GetFullPath(file.SourcePath)] = file.OutputPath;
        }
        var targets = new LinkTargets(index.ArticlesByStem, index.UnpublishedStems, byStem, statics);
        var renderer = new MarkdownRenderer(index.Settings.UnsafeHtml);
        var rendered = new RenderedBody?[count];
        Parallel.For(0, count, i =>
        {
            if (parsed[i] is { } body)
            {
                rendered[i] = renderer.Render(index.Articles[i], body, targets, diagnostics);
            }
        });
        return rendered;
    }
}
