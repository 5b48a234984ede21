using System.Text;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// <see cref="Escape.PowerShellExpression"/>, the form generated scripts write registry string data in, evaluated by
/// real PowerShell: each hostile value must come back as exactly the same UTF-16 code units, with nothing run as code.
/// </summary>
[Trait("Category", "Interop")]
public class PowerShellExpressionTests
{
    private static readonly string[] Values =
    [
        "",
        "plain",
        "line 1\r\nline 2",
        "\n",
        "\r\n\r\n",
        "tab\there\t",
        "start\u0001end",
        "nul\0inside",
        "next line\u0085x",
        "line separator\u2028paragraph\u2029",
        "escape\u001B[31m delete\u007F",
        "it's \u2018smart\u2019\n\u201Alow\u201B'",
        "\"double\"\r\n$(New-Item canary-expression) ${env:PATH} `n `0",
        "#> <# # comment\n'; New-Item canary-quote; '",
        "<RuleCollection Type=\"Exe\">\r\n  <FilePathRule Id=\"x\" />\r\n</RuleCollection>",
        "😀 emoji\n中文 é",
    ];

    [Fact]
    public void Expression_EvaluatesToExactlyTheValue_InRealPowerShell()
    {
        using var work = new TempFolder("smbpol-psexpr");
        var script = new StringBuilder("$ErrorActionPreference = 'Stop'\n");
        foreach (var value in Values)
        {
            script.Append("$v = ").Append(Escape.PowerShellExpression(value)).Append('\n')
                .Append("[Console]::Out.WriteLine('[' + $v.GetType().Name + ']' + (($v.ToCharArray() | ForEach-Object { '{0:X4}' -f [int]$_ }) -join ' '))\n");
        }

        var file = work.Combine("expressions.ps1");
        File.WriteAllText(file, script.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (exitCode, output) = PowerShellTool.RunFile(file, [], TimeSpan.FromMinutes(2));

        exitCode.Should().Be(0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Equal(Values.Select(Expected), output);
        Directory.EnumerateFileSystemEntries(work.Path, "canary*").Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(RepoPaths.Root, "canary*").Should().BeEmpty("text in the data ran as code");
    }

    private static string Expected(string value) => "[String]" + string.Join(' ', value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
