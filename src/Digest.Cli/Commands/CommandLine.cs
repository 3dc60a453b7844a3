using Digest.Cli.Help;
using Digest.Core.Diagnostics;

namespace Digest.Cli.Commands;

/// <summary>
/// A small, strict argument parser: <c>--name value</c>, <c>--name=value</c>, flags and positionals, and
/// <c>-h</c>/<c>--help</c> everywhere. Unknown options are usage errors (exit 2), with the closest known option
/// suggested, so a typo never silently changes what a command does.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private CommandLine()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>True when <c>-h</c> or <c>--help</c> was given: the command prints its help instead of running.</summary>
    public bool HelpRequested { get; private set; }

    /// <summary>Parses <paramref name="args"/> against the options of <paramref name="spec"/>.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, CommandSpec spec)
    {
        var values = new List<string>();
        var flags = new List<string>();
        foreach (var o in spec.Options)
        {
            (o.IsFlag ? flags : values).Add(o.Name);
        }
        return Parse(args, values, flags);
    }

    /// <summary>Parses <paramref name="args"/>; <paramref name="valueOptions"/> take a value, <paramref name="flags"/> do not.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var result = new CommandLine();
        // Help wins over everything else on the line, so "digest build --bogus --help" still helps.
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                break;
            }
            if (arg is "-h" or "--help")
            {
                result.HelpRequested = true;
                return result;
            }
        }
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    result._positionals.Add(args[i]);
                }
                break;
            }
            if (arg.Length > 1 && arg[0] == '-' && arg[1] != '-' && !char.IsDigit(arg[1]))
            {
                throw new UsageException(DiagnosticCodes.UnknownOption, $"unknown option {arg}{Suggestions.DidYouMean(arg.TrimStart('-'), [.. valueOptions, .. flags], "--")}");
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                result._positionals.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }
            if (valueOptions.Contains(name))
            {
                if (inline is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException(DiagnosticCodes.MissingValue, $"option --{name} needs a value");
                    }
                    inline = args[++i];
                }
                result._options[name] = inline;
            }
            else if (flags.Contains(name))
            {
                if (inline is not null)
                {
                    throw new UsageException(DiagnosticCodes.UnexpectedValue, $"option --{name} takes no value");
                }
                result._options[name] = null;
            }
            else
            {
                throw new UsageException(DiagnosticCodes.UnknownOption, $"unknown option --{name}{Suggestions.DidYouMean(name, [.. valueOptions, .. flags], "--")}");
            }
        }
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public int? IntValue(string name)
    {
        var v = Value(name);
        if (v is null)
        {
            return null;
        }
        return int.TryParse(v, out var n) ? n : throw new UsageException(DiagnosticCodes.InvalidValue, $"option --{name} needs a whole number, not '{v}'");
    }

    /// <summary>Refuses positionals for commands that take none.</summary>
    public void NoPositionals()
    {
        if (_positionals.Count > 0)
        {
            throw new UsageException(DiagnosticCodes.UnexpectedArgument, $"unexpected argument '{_positionals[0]}'");
        }
    }
}
