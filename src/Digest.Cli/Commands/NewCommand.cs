using Digest.Cli.Help;
using Digest.Core.Authoring;
using Digest.Core.Config;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Checking;
using Digest.Site.Loading;

namespace Digest.Cli.Commands;

/// <summary><c>digest new "Title"</c>: writes <c>input/articles/&lt;date&gt;-&lt;slug&gt;.md</c> from a template and prints its path.</summary>
public static class NewCommand
{
    public static readonly CommandSpec Spec = new(
        "new",
        "\"TITLE\"",
        "create an article file with filled-in front matter and a body skeleton",
        [
            new("topics", "a,b", "topic slugs, labels or aliases, separated by commas"),
            new("experts", "\"Name, Other\"", "expert names, separated by commas"),
            new("date", "YYYY-MM-DD", "the article's date (also YYYY or YYYY-MM)", "today"),
            new("lang", "de|en", "the article's language when it differs from the site's"),
            BuildCommand.Input,
        ],
        ["digest new \"Was plant Nordkorea?\" --topics nordkorea,russland --date 2024-05-01"],
        Run)
    {
        Notes = ["", "Writes INPUT/articles/DATE-SLUG.md and prints its path; an existing file is never overwritten."],
    };

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        var title = string.Join(' ', cl.Positionals).Trim();
        if (title.Length == 0)
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, "digest new needs a title, e.g. digest new \"Was plant Nordkorea?\"");
        }
        var date = ParseDate(cl.Value("date"));
        var lang = cl.Value("lang")?.Trim().ToLowerInvariant();
        if (lang is not null && !Digest.Core.Text.LanguageTag.IsValid(lang))
        {
            throw new UsageException(DiagnosticCodes.InvalidValue, $"--lang '{lang}' is not a language code (e.g. de or en)");
        }
        var input = Path.GetFullPath(cl.Value("input") ?? "input");
        if (!Directory.Exists(input))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.InputFolderMissing, $"input folder '{input}' does not exist").ToString());
            return ExitCodes.UsageError;
        }

        var scratch = new DiagnosticBag();
        var siteLanguage = ReadConfig(input, "site.yml", scratch, SiteSettingsParser.Parse)?.Language ?? "de";
        var request = new ScaffoldRequest(title, date, ArticleScaffold.SplitList(cl.Value("topics")),
            ArticleScaffold.SplitList(cl.Value("experts")), lang, lang ?? siteLanguage);
        var fileName = ArticleScaffold.FileName(request)
            ?? throw new UsageException(DiagnosticCodes.InvalidValue, "the title needs at least one letter or digit to name the file");

        var folder = Path.Combine(input, "articles");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        try
        {
            // CreateNew makes "exists?" and "create" one step, so a file appearing meanwhile is not overwritten either.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(ArticleScaffold.Render(request));
        }
        catch (IOException) when (File.Exists(path))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.FileExists, $"{DisplayPath.For(path)} already exists; not overwriting it (choose another title or --date)").ToString());
            return ExitCodes.UsageError;
        }

        var topics = ReadConfig(input, "topics.yml", scratch, TopicsParser.Parse);
        if (topics is not null)
        {
            var vocabulary = new TopicVocabulary(topics);
            foreach (var topic in request.Topics)
            {
                if (!vocabulary.IsEmpty && !vocabulary.IsKnown(topic))
                {
                    stderr.WriteLine($"warning: {vocabulary.Describe(topic)}");
                }
            }
        }
        stdout.WriteLine(DisplayPath.For(path));
        return ExitCodes.Ok;
    }

    private static ArticleDate ParseDate(string? text)
    {
        if (text is null)
        {
            var today = DateTime.Today;
            return new ArticleDate(today.Year, today.Month, today.Day, null, null);
        }
        return ArticleDate.TryParse(text, out var date, out var problem)
            ? date
            : throw new UsageException(DiagnosticCodes.InvalidValue, $"--date '{text}' is not a valid date: it {problem} (expected {ArticleDate.ExpectedForms})");
    }

    private static T? ReadConfig<T>(string input, string name, DiagnosticBag scratch, Func<string, string, DiagnosticBag, T> parse)
        where T : class
    {
        var path = Path.Combine(input, name);
        if (!File.Exists(path))
        {
            return null;
        }
        // Problems in the configuration are `digest check`'s business; here they only mean "use defaults".
        var text = SourceText.Decode(File.ReadAllBytes(path), name, scratch);
        return text is null ? null : parse(text, name, scratch);
    }
}
