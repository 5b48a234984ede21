using System.Text;

namespace SmbPolicyCompiler.Emit.Tests.Support;

public enum PsSegmentKind
{
    Code,
    Comment,
    SingleQuoted,
    DoubleQuoted,
}

/// <summary>A run of script text: code, a comment, or a string literal (single-quoted ones decoded).</summary>
public sealed record PsSegment(PsSegmentKind Kind, string Text, int Start);

/// <summary>
/// Splits a generated PowerShell script into code, comments and string literals, following PowerShell's tokenizer
/// for the forms smbpol's scripts use: # and &lt;# #&gt; comments, single-quoted literals (any of ' U+2018 U+2019
/// U+201A U+201B, doubled to escape), and double-quoted strings (backtick escapes). Written independently of the
/// emitter, so tests can check that every policy value sits inside a single-quoted literal.
/// </summary>
public static class PowerShellLexer
{
    public static IReadOnlyList<PsSegment> Lex(string script)
    {
        var segments = new List<PsSegment>();
        var code = new StringBuilder();
        var codeStart = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            int end;
            PsSegment? segment = null;
            if (c == '<' && At(script, i + 1, '#'))
            {
                end = script.IndexOf("#>", i + 2, StringComparison.Ordinal);
                end = end < 0 ? throw new FormatException($"Unterminated block comment at {i}.") : end + 2;
                segment = new PsSegment(PsSegmentKind.Comment, script[i..end], i);
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(script[i - 1]) || ";({".Contains(script[i - 1], StringComparison.Ordinal)))
            {
                end = script.IndexOf('\n', i);
                end = end < 0 ? script.Length : end;
                segment = new PsSegment(PsSegmentKind.Comment, script[i..end], i);
            }
            else if (IsSingleQuote(c))
            {
                (var value, end) = ReadSingleQuoted(script, i);
                segment = new PsSegment(PsSegmentKind.SingleQuoted, value, i);
            }
            else if (c == '"')
            {
                end = ReadDoubleQuoted(script, i);
                segment = new PsSegment(PsSegmentKind.DoubleQuoted, script[i..end], i);
            }
            else
            {
                end = i + 1;
                code.Append(c);
            }

            if (segment is not null)
            {
                Flush(segments, code, codeStart);
                segments.Add(segment);
                codeStart = end;
            }

            i = end;
        }

        Flush(segments, code, codeStart);
        return segments;
    }

    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';

    private static (string Value, int End) ReadSingleQuoted(string text, int start)
    {
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (!IsSingleQuote(text[i]))
            {
                value.Append(text[i]);
                continue;
            }

            if (i + 1 < text.Length && IsSingleQuote(text[i + 1]))
            {
                value.Append(text[i + 1]);
                i++;
                continue;
            }

            return (value.ToString(), i + 1);
        }

        throw new FormatException($"Unterminated single-quoted string at {start}.");
    }

    private static int ReadDoubleQuoted(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                i++;
            }
            else if (text[i] == '"' && At(text, i + 1, '"'))
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        throw new FormatException($"Unterminated double-quoted string at {start}.");
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static void Flush(List<PsSegment> segments, StringBuilder code, int start)
    {
        if (code.Length > 0)
        {
            segments.Add(new PsSegment(PsSegmentKind.Code, code.ToString(), start));
            code.Clear();
        }
    }
}
