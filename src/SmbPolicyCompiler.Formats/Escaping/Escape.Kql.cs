namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string KqlLiteral = "KQL string literal";

    /// <summary>
    /// A Kusto (KQL) double-quoted string literal, quotes included, whose value is exactly <paramref name="value"/>:
    /// <c>\</c> and <c>"</c> are escaped with a backslash, the only characters special inside such a literal.
    /// Control characters and line breaks are rejected (names never carry them; the policy check refuses them first).
    /// </summary>
    public static string KqlString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, KqlLiteral);
        RejectControl(value, KqlLiteral, "a KQL string literal must stay on one line.");
        return BackslashQuoted(value);
    }

    /// <summary>Text safe after <c>// </c> on a KQL comment line: line breaks and control characters become spaces.</summary>
    public static string KqlComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sanitise(text);
    }
}
