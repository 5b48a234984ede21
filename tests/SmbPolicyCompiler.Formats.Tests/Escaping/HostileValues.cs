namespace SmbPolicyCompiler.Formats.Tests.Escaping;

/// <summary>Values a policy author (or attacker) could put in YAML, to be carried unchanged or refused.</summary>
internal static class HostileValues
{
    /// <summary>Printable values every escape function must carry exactly.</summary>
    public static TheoryData<string> Printable =>
    [
        "",
        "plain",
        "it's",
        "'",
        "''''",
        "'; Remove-Item -Recurse C:\\ ; '",
        "\u2018smart\u2019 \u201Alow\u201B",
        "\u2019\u2019\u2019",
        "'\u2019",
        "\"double\" \"\"",
        "$(Invoke-Evil) ${env:PATH} $x",
        "`whoami` `n `0 `",
        "a;b; c",
        "]]>",
        "a]]>b]]]]>c]]",
        "]",
        "<script>alert(1)</script> &amp; &",
        "#> <# # comment",
        "\\\\server\\share\\",
        "%SystemRoot%\\system32",
        "é café",
        "中文 名前",
        "😀 emoji 👩‍💻",
    ];

    /// <summary>Control characters and line breaks: refused by the literal/quoted-string escapes.</summary>
    public static TheoryData<string> ControlCharacters =>
    [
        "tab\there",
        "line\nbreak",
        "carriage\rreturn",
        "crlf\r\n",
        "nul\0inside",
        "bell\a",
        "escape\u001B[31m",
        "delete\u007F",
        "next line\u0085",
        "line separator\u2028",
        "paragraph separator\u2029",
    ];
}
