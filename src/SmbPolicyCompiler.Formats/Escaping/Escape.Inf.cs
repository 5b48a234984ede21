using System.Globalization;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string InfQuoted = "INF quoted string";
    private const string InfItem = "INF list item";

    /// <summary>
    /// A GptTmpl.inf quoted string (<c>1,"text"</c>), quotes included. INF syntax would double an inner quote and
    /// SetupAPI substitutes <c>%tokens%</c>, but whether secedit applies either rule to [Registry Values] is
    /// unverified, so <c>"</c> and <c>%</c> are rejected rather than guessed (deliver such values through
    /// registry.pol). Control characters and line breaks are rejected too.
    /// </summary>
    public static string InfQuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectInfText(value, InfQuoted);
        return "\"" + value + "\"";
    }

    /// <summary>
    /// One REG_MULTI_SZ item of a GptTmpl.inf line (<c>7,a,b</c>), returned unchanged after checking it can be
    /// written unquoted: not empty, no <c>, ; " %</c>, no leading or trailing space, no control characters.
    /// </summary>
    public static string InfListItem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new UnrepresentableValueException(InfItem, "the item is empty; GptTmpl.inf multi-string items cannot be empty.");
        }

        RejectInfText(value, InfItem);
        var bad = value.IndexOfAny([',', ';']);
        if (bad >= 0)
        {
            throw new UnrepresentableValueException(
                InfItem,
                string.Create(CultureInfo.InvariantCulture, $"the item contains '{value[bad]}' at index {bad}; GptTmpl.inf separates items with ',' and starts comments with ';', and has no way to escape them. Deliver this value through registry.pol."));
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new UnrepresentableValueException(InfItem, "the item starts or ends with white space, which the INF reader trims.");
        }

        return value;
    }

    private static void RejectInfText(string value, string target)
    {
        RejectLoneSurrogate(value, target);
        RejectControl(value, target, "an INF entry is one line.");
        var bad = value.IndexOfAny(['"', '%']);
        if (bad >= 0)
        {
            throw new UnrepresentableValueException(
                target,
                string.Create(CultureInfo.InvariantCulture, $"the value contains '{value[bad]}' at index {bad}; how secedit reads quotes and %tokens% in GptTmpl.inf is unverified. Deliver this value through registry.pol."));
        }
    }
}
