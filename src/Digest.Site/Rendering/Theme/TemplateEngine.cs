using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Digest.Core.Diagnostics;
using Digest.Site.Loading;
using Fluid;
using Fluid.Values;

namespace Digest.Site.Rendering.Theme;

/// <summary>
/// Liquid templates from the theme's <c>layouts/</c> folder, each compiled once.
/// Output is HTML-encoded by default (titles come from scraped pages); only <c>| raw</c> skips it.
/// </summary>
internal sealed partial class TemplateEngine
{
    /// <summary>Encodes only what HTML requires, so umlauts stay readable in the page source.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    public TemplateEngine(ThemeFiles theme, DiagnosticBag diagnostics)
    {
        Options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme, "layouts"),
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        ViewModels.ViewModelRegistry.Register(Options.MemberAccessStrategy);
        // An article's body as the UTF-8 it is kept as, so a page shows it without decoding it (see HtmlFragmentValue).
        Options.MemberAccessStrategy.Register<ViewModels.ArticleView, FluidValue>("content", static (view, _) => new HtmlFragmentValue(view.Body.HtmlUtf8));
        // As Fluid's own raw filter, except that HTML held as UTF-8 stays so, to be copied into the page as it is.
        Options.Filters.AddFilter("raw", static (input, _, _) =>
            input is HtmlFragmentValue fragment ? fragment.Raw() : new StringValue(input.ToStringValue(), false));
        foreach (var (relative, path) in theme.FilesUnder("layouts"))
        {
            if (!relative.EndsWith(".liquid", StringComparison.Ordinal))
            {
                continue;
            }
            var name = relative[..^".liquid".Length];
            var display = DisplayPath.For(path);
            _paths[name] = display;
            var source = File.ReadAllText(path);
            if (Parser.TryParse(source, out var template, out var error))
            {
                _templates[name] = template;
            }
            else
            {
                var (line, column) = Position(error);
                diagnostics.Error(display, line, column, "template error: " + CleanMessage(error), DiagnosticCodes.TemplateError);
            }
        }
    }

    public TemplateOptions Options { get; }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>The file a template came from, for error messages.</summary>
    public string PathOf(string name) => _paths.TryGetValue(name, out var p) ? p : $"layouts/{name}.liquid";

    /// <summary>Renders template <paramref name="name"/> in <paramref name="context"/>; failures become located errors.</summary>
    public string? Render(string name, TemplateContext context, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(PathOf(name), 0, 0, $"the theme has no template 'layouts/{name}.liquid'", DiagnosticCodes.MissingTemplate);
            return null;
        }
        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (line, column) = Position(ex.Message);
            diagnostics.Error(PathOf(name), line, column, "template error: " + CleanMessage(ex.Message), DiagnosticCodes.TemplateError);
            return null;
        }
    }

    /// <summary>
    /// Renders template <paramref name="name"/> into <paramref name="writer"/>, as <see cref="Render"/> does into a string
    /// (in a child scope of <paramref name="context"/>); false after a failure, which becomes a located error.
    /// </summary>
    public bool RenderTo(string name, TemplateContext context, TextWriter writer, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(PathOf(name), 0, 0, $"the theme has no template 'layouts/{name}.liquid'", DiagnosticCodes.MissingTemplate);
            return false;
        }
        try
        {
            var rendering = template.RenderAsync(writer, context, Encoder);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (line, column) = Position(ex.Message);
            diagnostics.Error(PathOf(name), line, column, "template error: " + CleanMessage(ex.Message), DiagnosticCodes.TemplateError);
            return false;
        }
    }

    private static (int Line, int Column) Position(string message)
    {
        var m = PositionPattern().Match(message);
        return m.Success ? (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : (0, 0);
    }

    private static string CleanMessage(string message) => PositionPattern().Replace(message, string.Empty).Trim().TrimEnd('.');

    [GeneratedRegex(@"\(?\s*(?:line[: ]*)?(\d+)\s*[:,]\s*(?:col(?:umn)?[: ]*)?(\d+)\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex PositionPattern();
}
