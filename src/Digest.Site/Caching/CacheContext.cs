using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Digest.Site.Caching;

/// <summary>
/// What cached results depend on besides each article's own text: the exact build of the tool and its Markdown
/// libraries, every theme file, the site's settings files, the build options and the folder diagnostics are
/// shown relative to. Any change gives another hash, and the whole cache is set aside.
/// </summary>
internal static class CacheContext
{
    private static readonly string[] SettingsFiles = ["site.yml", "topics.yml", "experts.yml"];

    /// <summary>The cache file for <paramref name="options"/>, or null when caching is off.</summary>
    public static string? FileFor(BuildOptions options)
    {
        if (!options.UseCache)
        {
            return null;
        }
        var input = Path.GetFullPath(options.InputDir).TrimEnd(Path.DirectorySeparatorChar);
        var dir = options.CacheDir ?? DefaultDir(input);
        var name = Path.GetFileName(input);
        return Path.Combine(Path.GetFullPath(dir), (name.Length > 0 ? name : "site") + ".digest-cache");
    }

    /// <summary><c>.digest-cache/</c> beside the input folder.</summary>
    public static string DefaultDir(string inputDir)
    {
        var full = Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, ".digest-cache");
    }

    public static string Compute(BuildOptions options, IReadOnlyList<string> themeLayers)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "format " + BuildCache.FormatVersion);
        foreach (var assembly in ToolAssemblies())
        {
            Add(hash, assembly.GetName().Name + " " + assembly.ManifestModule.ModuleVersionId);
        }
        var input = Path.GetFullPath(options.InputDir);
        Add(hash, "input " + input);
        Add(hash, "cwd " + Environment.CurrentDirectory);
        Add(hash, $"drafts {options.IncludeDrafts} future {options.IncludeFuture} base-url {options.BaseUrl}");
        foreach (var name in SettingsFiles)
        {
            AddFile(hash, Path.Combine(input, name), name);
        }
        foreach (var layer in themeLayers)
        {
            Add(hash, "theme " + layer);
            if (!Directory.Exists(layer))
            {
                continue;
            }
            var files = new List<string>(Directory.EnumerateFiles(layer, "*", SearchOption.AllDirectories));
            files.Sort(StringComparer.Ordinal);
            foreach (var file in files)
            {
                AddFile(hash, file, Path.GetRelativePath(layer, file));
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The assemblies whose code decides what is parsed, rendered and templated; a rebuilt tool has new module ids.</summary>
    private static IEnumerable<Assembly> ToolAssemblies() =>
    [
        typeof(Core.Model.Article).Assembly,
        typeof(BuildCache).Assembly,
        typeof(Markdig.Markdown).Assembly,
        typeof(Ganss.Xss.HtmlSanitizer).Assembly,
        // Rendered pages are cached too: the template engine and the HTML encoder decide their bytes.
        typeof(Fluid.FluidParser).Assembly,
        typeof(System.Text.Encodings.Web.HtmlEncoder).Assembly,
    ];

    private static void AddFile(IncrementalHash hash, string path, string label)
    {
        if (!File.Exists(path))
        {
            Add(hash, "absent " + label);
            return;
        }
        var bytes = File.ReadAllBytes(path);
        Add(hash, $"file {label} {bytes.Length}");
        hash.AppendData(bytes);
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
