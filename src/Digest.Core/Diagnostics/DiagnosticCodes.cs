namespace Digest.Core.Diagnostics;

/// <summary>
/// Every diagnostic code Digest reports, grouped by area: 1xxx YAML and front matter, 2xxx site.yml, topics.yml and
/// experts.yml, 3xxx input files, links, images, slugs and editions, 4xxx theme and templates, 5xxx output folder and
/// generated files, 6xxx import, 7xxx authoring checks of <c>digest check</c>, 8xxx file-system failures, 9xxx
/// command-line usage. A code is never reused for another meaning, so tools can rely on it.
/// </summary>
public static class DiagnosticCodes
{
    // 10xx: YAML, wherever it is read (front matter, site.yml, topics.yml, experts.yml, theme strings, import data).
    public static readonly DiagnosticCode YamlSyntax = new("DG1001", "the YAML cannot be read (a syntax error, or a list, map or quote never closed)");
    public static readonly DiagnosticCode YamlUnknownAlias = new("DG1002", "a YAML alias (*name) refers to no anchor (&name)");
    public static readonly DiagnosticCode YamlAliasBomb = new("DG1003", "YAML aliases would expand to too many values, so they are not expanded");
    public static readonly DiagnosticCode YamlTooDeep = new("DG1004", "the YAML is nested too many levels deep");
    public static readonly DiagnosticCode YamlTooLarge = new("DG1005", "the YAML document holds too many values");
    public static readonly DiagnosticCode YamlKeyNotText = new("DG1006", "a YAML key is a list or map instead of plain text");
    public static readonly DiagnosticCode YamlDuplicateKey = new("DG1007", "the same key is given twice in one map");
    public static readonly DiagnosticCode WrongType = new("DG1008", "a field or setting has the wrong kind of value (text, true/false, a number, a list)");

    // 11xx: article front matter.
    public static readonly DiagnosticCode EmptyFile = new("DG1101", "an article file is empty");
    public static readonly DiagnosticCode NoFrontMatter = new("DG1102", "the file does not start with a front matter block ('---' lines)");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("DG1103", "the front matter opened by '---' is never closed");
    public static readonly DiagnosticCode FrontMatterNotMap = new("DG1104", "the front matter is not a set of 'field: value' lines");
    public static readonly DiagnosticCode MissingField = new("DG1105", "a required field is missing (an article's or edition's title or date, an expert's name)");
    public static readonly DiagnosticCode InvalidDate = new("DG1106", "a date is not a valid date in one of the accepted forms");
    public static readonly DiagnosticCode InvalidLanguage = new("DG1107", "'lang' is not a language code");
    public static readonly DiagnosticCode InvalidSlug = new("DG1108", "a slug has characters other than lowercase a-z, digits and single hyphens");
    public static readonly DiagnosticCode InvalidExpert = new("DG1109", "'experts' or one of its entries is neither a name nor a map with name, role, org and quotes");
    public static readonly DiagnosticCode UnknownExpertField = new("DG1110", "an expert entry has a field other than name, role, org and quotes (ignored)");
    public static readonly DiagnosticCode InvalidImage = new("DG1111", "'image' is neither a path nor a map with src, alt, caption and credit");

    // 12xx: edition front matter.
    public static readonly DiagnosticCode InvalidPeriod = new("DG1201", "an edition's 'period' is not a week, month, day or range of days");
    public static readonly DiagnosticCode PeriodAndArticles = new("DG1202", "an edition gives both 'period' and 'articles'");
    public static readonly DiagnosticCode NoPeriodOrArticles = new("DG1203", "an edition gives neither 'period' nor 'articles'");
    public static readonly DiagnosticCode UnknownEditionField = new("DG1204", "an edition has a field it does not know (ignored)");

    // 2xxx: site.yml, topics.yml, experts.yml.
    public static readonly DiagnosticCode SiteSettingsNotMap = new("DG2001", "site.yml is not a set of 'setting: value' lines");
    public static readonly DiagnosticCode UnsupportedLanguage = new("DG2002", "site.yml's 'language' is not one the theme supports (de, en)");
    public static readonly DiagnosticCode InvalidBaseUrl = new("DG2003", "site.yml's 'base_url' is not an absolute http(s) address");
    public static readonly DiagnosticCode InvalidChoice = new("DG2004", "a site.yml setting is not one of its allowed values (editions, home)");
    public static readonly DiagnosticCode ListFileNotList = new("DG2101", "topics.yml or experts.yml is not a list");
    public static readonly DiagnosticCode ListEntryNotMap = new("DG2102", "an entry of topics.yml or experts.yml is not a map");
    public static readonly DiagnosticCode TopicWithoutName = new("DG2103", "a topic in topics.yml has neither 'slug' nor 'label'");
    public static readonly DiagnosticCode InvalidTopicSlug = new("DG2104", "a topic slug in topics.yml has characters other than a-z, digits and hyphens");
    public static readonly DiagnosticCode ExpertWithoutName = new("DG2105", "an expert in experts.yml has no 'name'");

    // 30xx: input files.
    public static readonly DiagnosticCode NoArticlesFolder = new("DG3001", "the input folder has no articles/ folder");
    public static readonly DiagnosticCode FileVanished = new("DG3002", "a file disappeared while the site was being built");
    public static readonly DiagnosticCode BinaryFile = new("DG3003", "a file that should be text contains NUL bytes");
    public static readonly DiagnosticCode NotUtf8 = new("DG3004", "a file is not valid UTF-8");
    public static readonly DiagnosticCode BrokenFileLink = new("DG3005", "a symbolic link points to a file that does not exist (skipped)");
    public static readonly DiagnosticCode UnreadableFileLink = new("DG3006", "a symbolic link cannot be followed (skipped)");
    public static readonly DiagnosticCode LinkOutsideInput = new("DG3007", "a file or symbolic link leads outside the input folder (skipped)");

    // 31xx: Markdown bodies and their links.
    public static readonly DiagnosticCode MarkdownTooDeep = new("DG3101", "a Markdown body is nested too deeply to render");
    public static readonly DiagnosticCode UnsafeLink = new("DG3102", "a link to a script or data URL was removed");
    public static readonly DiagnosticCode BrokenAnchor = new("DG3103", "a link's '#anchor' names no heading of the article it points to");
    public static readonly DiagnosticCode RootRelativeLink = new("DG3104", "a link starts with '/', which breaks from disk or a sub-folder");
    public static readonly DiagnosticCode BrokenArticleLink = new("DG3105", "a link to a .md file points to no article");
    public static readonly DiagnosticCode UnpublishedLink = new("DG3106", "a link points to a draft or future article that is not published (left out)");
    public static readonly DiagnosticCode BrokenFileReference = new("DG3107", "a link points to a file that is not part of the site");

    // 32xx: lead images.
    public static readonly DiagnosticCode ExternalImage = new("DG3201", "an article's image is on another site (only its caption is shown)");
    public static readonly DiagnosticCode ImageOutsideSite = new("DG3202", "an article's image path leads outside the input folder");
    public static readonly DiagnosticCode ImageNotFound = new("DG3203", "an article's image file does not exist");

    // 33xx: slugs and experts.
    public static readonly DiagnosticCode ArticleSlugTaken = new("DG3301", "two articles want the same slug; the newer one gets a suffix");
    public static readonly DiagnosticCode ExpertSlugTaken = new("DG3302", "two different experts would get the same address; one gets a suffix");
    public static readonly DiagnosticCode EditionSlugTaken = new("DG3303", "two editions want the same slug; the later one gets a suffix");

    // 34xx: editions.
    public static readonly DiagnosticCode EmptyEdition = new("DG3401", "no published article falls in an edition's period");
    public static readonly DiagnosticCode UnpublishedEditionArticle = new("DG3402", "an edition lists a draft or future article (left out)");
    public static readonly DiagnosticCode UnknownEditionArticle = new("DG3403", "an edition lists an article that does not exist");
    public static readonly DiagnosticCode UnknownEditionSection = new("DG3404", "an edition's section names no topic of the site");
    public static readonly DiagnosticCode OverlappingEditions = new("DG3405", "the periods of two edition files overlap");

    // 4xxx: theme and templates.
    public static readonly DiagnosticCode TemplateError = new("DG4001", "a Liquid template cannot be parsed or rendered");
    public static readonly DiagnosticCode MissingTemplate = new("DG4002", "the theme has no template for a page kind");
    public static readonly DiagnosticCode MissingUiStrings = new("DG4003", "the theme has no UI strings (i18n/LANG.yml) for the site's language");
    public static readonly DiagnosticCode InvalidMonths = new("DG4004", "the theme's 'months' does not list twelve month names");
    public static readonly DiagnosticCode DefaultThemeMissing = new("DG4005", "the bundled default theme was not found");

    // 50xx: the output folder, checked before anything is touched.
    public static readonly DiagnosticCode OutputIsFile = new("DG5001", "the output folder is a file");
    public static readonly DiagnosticCode OutputIsRoot = new("DG5002", "the output folder is a filesystem root");
    public static readonly DiagnosticCode OutputIsCurrentFolder = new("DG5003", "the output folder is the current folder");
    public static readonly DiagnosticCode OutputIsHome = new("DG5004", "the output folder is the home folder");
    public static readonly DiagnosticCode OutputContainsCurrentFolder = new("DG5005", "the output folder contains the current folder");
    public static readonly DiagnosticCode OutputIsSource = new("DG5006", "the output folder is the input or a theme folder");
    public static readonly DiagnosticCode OutputContainsSource = new("DG5007", "the output folder contains the input or a theme folder");
    public static readonly DiagnosticCode OutputInsideSource = new("DG5008", "the output folder lies inside the input or a theme folder");
    public static readonly DiagnosticCode OutputNotDigest = new("DG5009", "the output folder is not empty and was not written by Digest (no .digest-manifest)");
    public static readonly DiagnosticCode OutputWriteFailed = new("DG5010", "a file of the site could not be staged in the output folder");

    // 51xx: generated files.
    public static readonly DiagnosticCode StaticFileShadowed = new("DG5101", "a file in input/static/ has the path of a file the site produces (ignored)");
    public static readonly DiagnosticCode FeedsWithoutBaseUrl = new("DG5102", "base_url is not set, so feeds use relative links");
    public static readonly DiagnosticCode EmailWithoutBaseUrl = new("DG5103", "base_url is not set, so email editions are not written");
    public static readonly DiagnosticCode EmailTooLarge = new("DG5104", "an email edition is larger than mail clients show unclipped");
    public static readonly DiagnosticCode EditionNotFound = new("DG5105", "the edition named for 'digest edition email' does not exist");
    public static readonly DiagnosticCode SiteHasErrors = new("DG5106", "digest edition email found errors in the site, so it writes nothing");

    // 6xxx: import.
    public static readonly DiagnosticCode ExpertsNotUpdated = new("DG6001", "the importer could not update experts.yml");
    public static readonly DiagnosticCode UnknownBoilerplateList = new("DG6002", "a boilerplate rules file names a list the importer does not know (ignored)");
    public static readonly DiagnosticCode InvalidBoilerplatePattern = new("DG6003", "a boilerplate pattern is not a usable regular expression");
    public static readonly DiagnosticCode InvalidImportList = new("DG6004", "an importer data file is not a map of names to lists of strings");
    public static readonly DiagnosticCode InvalidBlockModel = new("DG6005", "the block model is not a map of threshold, bias and weights, or a value in it is not a number");
    public static readonly DiagnosticCode UnknownBlockFeature = new("DG6006", "the block model weighs a feature the importer does not know (ignored)");
    public static readonly DiagnosticCode MissingBlockWeight = new("DG6007", "the block model gives a feature no weight (it counts 0)");
    public static readonly DiagnosticCode InvalidTopicModel = new("DG6008", "the topic model names a setting the importer does not know or gives one no number (the shipped value is used), or a topic's stems are not a list of words of four letters or more (ignored)");

    // 7xxx: authoring checks of digest check.
    public static readonly DiagnosticCode UnknownTopic = new("DG7001", "an article names a topic that topics.yml does not define");
    public static readonly DiagnosticCode ExpertSpelling = new("DG7002", "one expert seems to be spelled two ways");
    public static readonly DiagnosticCode ImageWithoutAlt = new("DG7003", "an image has no alt text");
    public static readonly DiagnosticCode EmptySummary = new("DG7004", "an article has no summary, or an empty one");

    // 8xxx: the file system.
    public static readonly DiagnosticCode FileSystemError = new("DG8001", "a command stopped on a file-system error (disk full, file locked or removed)");
    public static readonly DiagnosticCode FileExists = new("DG8002", "a file a command would write exists and is kept (digest new, digest edition email)");
    public static readonly DiagnosticCode ServeFailed = new("DG8003", "digest serve cannot listen on the port");
    public static readonly DiagnosticCode CacheNotSaved = new("DG8004", "the build cache could not be saved (the next build is slower, nothing else changes)");

    // 9xxx: command-line usage.
    public static readonly DiagnosticCode UnknownOption = new("DG9001", "an option is not one the command knows");
    public static readonly DiagnosticCode UnknownCommand = new("DG9002", "a command is not one digest knows");
    public static readonly DiagnosticCode MissingValue = new("DG9003", "an option needs a value and has none");
    public static readonly DiagnosticCode UnexpectedValue = new("DG9004", "a flag was given a value");
    public static readonly DiagnosticCode InvalidValue = new("DG9005", "an option's or argument's value is malformed or out of range");
    public static readonly DiagnosticCode UnexpectedArgument = new("DG9006", "a command was given an argument it does not take");
    public static readonly DiagnosticCode MissingArgument = new("DG9007", "a command lacks an argument or option it needs");
    public static readonly DiagnosticCode ConflictingOptions = new("DG9008", "options were given that only go together with another");
    public static readonly DiagnosticCode NoSuchPath = new("DG9009", "a file or folder named on the command line does not exist");
    public static readonly DiagnosticCode InputFolderMissing = new("DG9010", "the input folder does not exist");
    public static readonly DiagnosticCode ThemeFolderMissing = new("DG9011", "the folder given with --theme does not exist");
    public static readonly DiagnosticCode FolderNotEmpty = new("DG9012", "digest init was given a folder that is not empty, or a file");
    public static readonly DiagnosticCode NothingToImport = new("DG9013", "the paths given to digest import or eval-import hold nothing to read");

    /// <summary>Every code with its description, in code order (the README's table lists exactly these).</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        YamlSyntax, YamlUnknownAlias, YamlAliasBomb, YamlTooDeep, YamlTooLarge, YamlKeyNotText, YamlDuplicateKey, WrongType,
        EmptyFile, NoFrontMatter, UnclosedFrontMatter, FrontMatterNotMap, MissingField, InvalidDate, InvalidLanguage, InvalidSlug,
        InvalidExpert, UnknownExpertField, InvalidImage,
        InvalidPeriod, PeriodAndArticles, NoPeriodOrArticles, UnknownEditionField,
        SiteSettingsNotMap, UnsupportedLanguage, InvalidBaseUrl, InvalidChoice,
        ListFileNotList, ListEntryNotMap, TopicWithoutName, InvalidTopicSlug, ExpertWithoutName,
        NoArticlesFolder, FileVanished, BinaryFile, NotUtf8, BrokenFileLink, UnreadableFileLink, LinkOutsideInput,
        MarkdownTooDeep, UnsafeLink, BrokenAnchor, RootRelativeLink, BrokenArticleLink, UnpublishedLink, BrokenFileReference,
        ExternalImage, ImageOutsideSite, ImageNotFound,
        ArticleSlugTaken, ExpertSlugTaken, EditionSlugTaken,
        EmptyEdition, UnpublishedEditionArticle, UnknownEditionArticle, UnknownEditionSection, OverlappingEditions,
        TemplateError, MissingTemplate, MissingUiStrings, InvalidMonths, DefaultThemeMissing,
        OutputIsFile, OutputIsRoot, OutputIsCurrentFolder, OutputIsHome, OutputContainsCurrentFolder, OutputIsSource,
        OutputContainsSource, OutputInsideSource, OutputNotDigest, OutputWriteFailed,
        StaticFileShadowed, FeedsWithoutBaseUrl, EmailWithoutBaseUrl, EmailTooLarge, EditionNotFound, SiteHasErrors,
        ExpertsNotUpdated, UnknownBoilerplateList, InvalidBoilerplatePattern, InvalidImportList,
        InvalidBlockModel, UnknownBlockFeature, MissingBlockWeight, InvalidTopicModel,
        UnknownTopic, ExpertSpelling, ImageWithoutAlt, EmptySummary,
        FileSystemError, FileExists, ServeFailed, CacheNotSaved,
        UnknownOption, UnknownCommand, MissingValue, UnexpectedValue, InvalidValue, UnexpectedArgument, MissingArgument,
        ConflictingOptions, NoSuchPath, InputFolderMissing, ThemeFolderMissing, FolderNotEmpty, NothingToImport,
    ];

    private static readonly Dictionary<string, DiagnosticCode> ById = Index();

    /// <summary>The code with identity <paramref name="id"/> (<c>DG1001</c>), or null for one Digest does not define.</summary>
    public static DiagnosticCode? Find(string id) => ById.GetValueOrDefault(id);

    private static Dictionary<string, DiagnosticCode> Index()
    {
        var index = new Dictionary<string, DiagnosticCode>(StringComparer.Ordinal);
        foreach (var code in All)
        {
            index.TryAdd(code.Id, code);
        }
        return index;
    }
}
