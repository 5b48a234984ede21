using System.CommandLine;
using System.CommandLine.Parsing;

namespace SmbPolicyCompiler.Cli;

/// <summary>
/// An empty value (<c>--out ""</c>, <c>smbpol validate ""</c>) names no file or folder; every option and argument of
/// smbpol takes a path, a name or a word, so an empty one is a usage error before any command runs.
/// </summary>
internal static class EmptyValues
{
    public static IEnumerable<string> Find(ParseResult parse) => Find(parse.RootCommandResult);

    private static IEnumerable<string> Find(CommandResult command)
    {
        foreach (var child in command.Children)
        {
            switch (child)
            {
                case OptionResult option when option.Tokens.Any(IsEmpty):
                    yield return $"{option.Option.Name} was given an empty value (\"\"); it needs a path or a value. Leave the option out to use its default.";
                    break;
                case ArgumentResult argument when argument.Tokens.Any(IsEmpty):
                    yield return $"the <{argument.Argument.Name}> argument is empty (\"\"); give a path, or leave it out to use the default.";
                    break;
                case CommandResult subcommand:
                    foreach (var error in Find(subcommand))
                    {
                        yield return error;
                    }

                    break;
            }
        }
    }

    private static bool IsEmpty(Token token) => string.IsNullOrWhiteSpace(token.Value);
}
