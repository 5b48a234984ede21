using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

/// <summary>
/// <see cref="Escape.PowerShellExpression"/> read back by a small reader of its one shape (single-quoted runs and
/// <c>[char]0xNN</c> joined by <c>+</c> in parentheses), written from the language rules, not from the escaper.
/// Scripts.Tests runs the same values through real PowerShell.
/// </summary>
public class PowerShellExpressionTests
{
    public static TheoryData<string> Printable => HostileValues.Printable;

    public static TheoryData<string> ControlCharacters => HostileValues.ControlCharacters;

    [Theory]
    [MemberData(nameof(Printable))]
    public void PrintableText_IsTheSingleQuotedLiteral(string value)
    {
        Escape.PowerShellExpression(value).Should().Be(Escape.PowerShellSingleQuoted(value));
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    [MemberData(nameof(Printable))]
    public void ReadsBackToTheValue_AndTheScriptTextHoldsNoControlCharacter(string value)
    {
        var expression = Escape.PowerShellExpression(value);

        ReadBack(expression).Should().Be(value);
        expression.Where(c => char.IsControl(c) || c is '\u2028' or '\u2029').Should().BeEmpty("editors and git rewrite line endings in script text");
    }

    [Fact]
    public void MultiLineText_IsRunsJoinedByCharCodes()
    {
        Escape.PowerShellExpression("line 1\r\nit's\tx").Should().Be("('line 1' + [char]0x0D + [char]0x0A + 'it''s' + [char]0x09 + 'x')");
        Escape.PowerShellExpression("\n").Should().Be("('' + [char]0x0A)", "a string starts the sum, so + concatenates text rather than adds char codes");
        Escape.PowerShellExpression("a\u2028$(x)\u0085").Should().Be("('a' + [char]0x2028 + '$(x)' + [char]0x85)");
    }

    [Fact]
    public void UnpairedSurrogate_IsRejected()
    {
        var act = () => Escape.PowerShellExpression("line\n" + '\uDC00');

        act.Should().Throw<UnrepresentableValueException>()
            .Where(e => e.Target == "PowerShell string expression" && e.Problem.Contains("unpaired surrogate U+DC00", StringComparison.Ordinal));
    }

    private static string ReadBack(string expression)
    {
        if (expression[0] == '\'')
        {
            var (literal, end) = PowerShellSingleQuotedTokenizer.Read(expression);
            end.Should().Be(expression.Length);
            return literal;
        }

        expression.Should().StartWith("('").And.EndWith(")");
        var value = new StringBuilder();
        var i = 1;
        while (true)
        {
            if (expression[i] == '\'')
            {
                var (literal, end) = PowerShellSingleQuotedTokenizer.Read(expression, i);
                value.Append(literal);
                i = end;
            }
            else
            {
                expression[i..].Should().StartWith("[char]0x");
                var digits = expression[(i + 8)..].TakeWhile(char.IsAsciiHexDigit).Count();
                value.Append((char)int.Parse(expression.AsSpan(i + 8, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 8 + digits;
            }

            if (expression[i] == ')')
            {
                i.Should().Be(expression.Length - 1);
                return value.ToString();
            }

            expression[i..].Should().StartWith(" + ");
            i += 3;
        }
    }
}
