using Digest.Cli.Help;
using Digest.Core.Diagnostics;
using Digest.Site.Output.Editions;

namespace Digest.Cli.Commands;

/// <summary>
/// <c>digest edition email SLUG --eml FILE</c>: writes the email edition of one edition as a complete MIME message
/// (plain text and HTML, List-Unsubscribe header) for handing to a mail tool. Nothing is sent and the site's output
/// folder is not touched; an existing FILE is kept unless <c>--force</c> is given.
/// </summary>
public static class EditionCommand
{
    public const string UsageLine = "digest edition email SLUG --eml FILE";

    public static readonly CommandSpec Spec = new(
        "edition",
        "email SLUG",
        "write one edition's email as a complete MIME message (HTML and plain text) for a mail tool; nothing is sent",
        [
            new("eml", "FILE", "the file the MIME message is written to (required)"),
            BuildCommand.Input,
            BuildCommand.Theme,
            new("base-url", "URL", "absolute address of the published site, for the email's links and images", "base_url in site.yml"),
            BuildCommand.Drafts,
            BuildCommand.Future,
            OptionSpec.Flag("force", "replace FILE when it exists"),
        ],
        ["digest edition email 2024-w18-ostflanke --eml w18.eml"],
        Run);

    public static int Run(CommandLine cl, TextWriter stdout, TextWriter stderr)
    {
        if (cl.Positionals.Count == 0 || cl.Positionals[0] != "email")
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, $"usage: {UsageLine}");
        }
        if (cl.Positionals.Count != 2)
        {
            throw new UsageException(cl.Positionals.Count < 2 ? DiagnosticCodes.MissingArgument : DiagnosticCodes.UnexpectedArgument, cl.Positionals.Count < 2 ? "name the edition: digest edition email SLUG --eml FILE" : $"unexpected argument '{cl.Positionals[2]}'");
        }
        if (cl.Value("eml") is not { } eml)
        {
            throw new UsageException(DiagnosticCodes.MissingArgument, "--eml FILE is required: the file the MIME message is written to");
        }
        var file = Path.GetFullPath(eml);
        if (File.Exists(file) && !cl.Has("force"))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.FileExists, $"{eml} exists; it is left as it is (pass --force to replace it)").ToString());
            return ExitCodes.UsageError;
        }
        if (Directory.Exists(file))
        {
            stderr.WriteLine(Diagnostic.Refusal(DiagnosticCodes.InvalidValue, $"{eml} is a folder; give a file name such as edition.eml").ToString());
            return ExitCodes.UsageError;
        }
        var options = BuildCommand.Options(cl);
        var composed = BuildProgress.Run("composing", () => EditionMessage.Compose(options, cl.Positionals[1]), stderr);
        foreach (var diagnostic in composed.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
        if (composed.Message is not { } message)
        {
            stderr.WriteLine(composed.Problem?.ToString());
            return ExitCodes.ContentError;
        }
        EditionMessage.Write(message, file);
        stdout.WriteLine($"wrote {eml}: {EditionMessage.Describe(message)}");
        return ExitCodes.Ok;
    }
}
