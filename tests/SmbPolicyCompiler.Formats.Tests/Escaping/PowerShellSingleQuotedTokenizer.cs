using System.Text;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

/// <summary>
/// Reads a single-quoted string literal the way PowerShell's tokenizer does (Tokenizer.ScanStringLiteral):
/// any of ' U+2018 U+2019 U+201A U+201B opens and closes it, and two of them in a row stand for the second.
/// Written independently of <see cref="Escape"/> so the tests check the escaping against the language rule.
/// </summary>
internal static class PowerShellSingleQuotedTokenizer
{
    public static (string Value, int End) Read(string text, int start = 0)
    {
        if (start >= text.Length || !IsQuote(text[start]))
        {
            throw new FormatException($"No single-quoted literal starts at index {start}.");
        }

        var value = new StringBuilder();
        var i = start + 1;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FormatException("The string is missing the terminator.");
            }

            if (IsQuote(text[i]))
            {
                if (i + 1 < text.Length && IsQuote(text[i + 1]))
                {
                    value.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                return (value.ToString(), i + 1);
            }

            value.Append(text[i]);
            i++;
        }
    }

    private static bool IsQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';
}
