using System.Text;

namespace Digest.Cli.Help;

/// <summary>The help texts: the overview (<c>digest --help</c>) and one command's usage (<c>digest COMMAND --help</c>).</summary>
public static class HelpText
{
    public static string Overview(IReadOnlyList<CommandSpec> commands)
    {
        var sb = new StringBuilder();
        sb.Append("digest — build briefing digests from Markdown\n\n");
        sb.Append("Usage:\n  digest COMMAND [ARGUMENTS] [OPTIONS]\n\nCommands:\n");
        var width = 0;
        foreach (var c in commands)
        {
            width = Math.Max(width, c.Name.Length);
        }
        foreach (var c in commands)
        {
            sb.Append("  ").Append(c.Name.PadRight(width + 2)).Append(c.Summary).Append('\n');
        }
        sb.Append("\nOptions:\n");
        sb.Append("  -h, --help     show this help ('digest help COMMAND' shows one command's options and examples)\n");
        sb.Append("  --version      print the version\n\n");
        sb.Append("From nothing to a published site:\n");
        sb.Append("  digest init my-digest --title \"My Digest\" --language en\n");
        sb.Append("  cd my-digest && digest build\n");
        sb.Append("  git init && git add -A && git commit -m \"My digest\"   (push to GitHub; the workflow publishes it)\n\n");
        sb.Append(ExitCodesLine);
        return sb.ToString();
    }

    public static string For(CommandSpec command)
    {
        var sb = new StringBuilder();
        sb.Append("digest ").Append(command.Name).Append(" — ").Append(command.Summary).Append("\n\n");
        sb.Append("Usage:\n  digest ").Append(command.Name);
        if (command.Arguments.Length > 0)
        {
            sb.Append(' ').Append(command.Arguments);
        }
        sb.Append(command.Options.Count > 0 ? " [OPTIONS]\n" : "\n");
        sb.Append("\nOptions:\n");
        var rows = new List<(string Left, string Right)>();
        foreach (var o in command.Options)
        {
            var left = o.IsFlag ? "--" + o.Name : $"--{o.Name} {o.Value}";
            rows.Add((left, o.Default is null ? o.Description : $"{o.Description} (default: {o.Default})"));
        }
        rows.Add(("-h, --help", "show this help"));
        var width = 0;
        foreach (var (left, _) in rows)
        {
            width = Math.Max(width, left.Length);
        }
        foreach (var (left, right) in rows)
        {
            sb.Append("  ").Append(left.PadRight(width + 2)).Append(right).Append('\n');
        }
        foreach (var note in command.Notes)
        {
            sb.Append(note.Length == 0 ? "\n" : note + "\n");
        }
        if (command.Examples.Count > 0)
        {
            sb.Append("\nExamples:\n");
            foreach (var e in command.Examples)
            {
                sb.Append("  ").Append(e).Append('\n');
            }
        }
        sb.Append('\n').Append(ExitCodesLine);
        return sb.ToString();
    }

    private const string ExitCodesLine = "Exit codes: 0 success, 1 content errors (or a failed import or fetch), 2 usage errors.\n";
}
