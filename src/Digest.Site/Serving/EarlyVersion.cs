using Digest.Core.Diagnostics;
using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Loading;
using Digest.Site.Rendering.Theme;

namespace Digest.Site.Serving;

/// <summary>
/// The version <c>digest serve</c> shows before its first full build of a large site: the articles' front matter only
/// (<see cref="ArticleHeads"/>), indexed as a build indexes it, with bodies rendered when a page asks for them
/// (<see cref="BodiesOnDemand"/>). From nothing, a full build of 10,000 articles decodes and parses every file and renders
/// every body before the first page; this reads a tenth of the bytes and renders the bodies of the pages asked for.
/// The steps are <see cref="SiteBuilder.Prepare"/>'s up to the Markdown phase, without the build cache; tests compare
/// its pages with a full build's byte for byte.
/// </summary>
internal static class EarlyVersion
{
    /// <summary>The site prepared from front matter; null when a folder cannot be used or a phase reported an error (the full build reports it).</summary>
    public static PreparedSite? Prepare(BuildOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timer = new PhaseTimer();
        if (!Directory.Exists(options.InputDir) || !Directory.Exists(options.DefaultThemeDir)
            || (options.ThemeDir is not null && !Directory.Exists(options.ThemeDir)))
        {
            return null;
        }
        var diagnostics = new DiagnosticBag();
        var layers = options.ThemeLayers();
        var themeTask = Task.Run(() =>
        {
            var theme = new ThemeFiles(layers);
            return (Theme: theme, Templates: new TemplateEngine(theme, diagnostics));
        });
        var (content, index) = SiteBuilder.IndexLoaded(ContentLoader.Load(options.InputDir, diagnostics, headsOnly: true), options, diagnostics, timer);
        var (theme, templates) = themeTask.GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            return null;
        }
        var strings = UiStrings.Load(theme, index.Settings.Language, diagnostics);
        index = SiteBuilder.WithEditions(index, content, options, strings, diagnostics);
        var bodies = new BodiesOnDemand(index, content.Bodies);
        var introductions = Rendering.Editions.EditionIntroductions.RenderAll(index, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }
        return new PreparedSite
        {
            Options = options, Clock = clock, Timer = timer, Diagnostics = diagnostics, Content = content, Index = index, Caches = BuildCaches.Off,
            Theme = theme, Templates = templates, Strings = strings, Bodies = bodies, EditionIntroductions = introductions, Links = bodies.Links,
        };
    }
}
