using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SmbPolicyCompiler.Cli;

/// <summary>Options several commands share, built fresh per command (System.CommandLine options belong to one parent).</summary>
internal static class CommonOptions
{
    public const string DefaultPolicyFolder = "policies";

    public static Argument<string> PolicyPath() => new("path")
    {
        Description = "The policy repository folder (or one policy file).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultPolicyFolder,
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Today's date for expiry and date checks (YYYY-MM-DD); default: the current date.",
        CustomParser = ParseDate,
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = ParseDate,
    };

    public static DateOnly Today(DateOnly? asOf) => asOf ?? DateOnly.FromDateTime(DateTime.Now);

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date; write --as-of as YYYY-MM-DD");
        return null;
    }
}
