using System.CommandLine;
using System.CommandLine.Parsing;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Cli;

/// <summary>
/// "Did you mean" for a mistyped command or option. A word where a command was expected is compared with the
/// subcommands; a token starting with '-' that no option took (System.CommandLine hands it to the path argument or to
/// an option taking several values, or leaves it unmatched) is compared with the command's options.
/// </summary>
internal static class Suggestions
{
    public static IEnumerable<string> Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var misplacedOptions = parse.CommandResult.Children
            .SelectMany(r => r is ArgumentResult a ? a.Tokens.Where(t => t.Value.StartsWith('-')) : r.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            .Select(t => t.Value)
            .Where(v => v.Length > 1 && !File.Exists(v) && !Directory.Exists(v));
        foreach (var token in parse.UnmatchedTokens.Concat(misplacedOptions).Distinct(StringComparer.Ordinal))
        {
            if (token.StartsWith('-'))
            {
                var name = token.Split('=', ':')[0];
                var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                yield return NameSuggester.Suggest(name, options) is { } option
                    ? $"unknown option '{name}' for '{Path(command)}'; did you mean '{option}'?"
                    : $"unknown option '{name}' for '{Path(command)}'; see '{Path(command)} --help'.";
            }
            else if (command.Subcommands.Count > 0 && NameSuggester.Suggest(token, command.Subcommands.Select(c => c.Name)) is { } subcommand)
            {
                yield return $"unknown command '{token}'; did you mean '{subcommand}'? ('{Path(command)} {subcommand} --help' shows it)";
            }
        }
    }

    /// <summary>"smbpol events dump": the command as typed, whatever the executable is called.</summary>
    public static string Path(Command command) => command is RootCommand
        ? "smbpol"
        : command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{Path(parent)} {command.Name}" : $"smbpol {command.Name}";
}
