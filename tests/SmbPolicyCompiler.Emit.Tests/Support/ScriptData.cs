namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>Reads the setting hashtables of a generated script's data block: Name = value, one per line.</summary>
public static class ScriptData
{
    /// <summary>The entries of the top-level $Settings = @( ... ) block; single-quoted values decoded, others as written ($true, 1, $null).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Settings(string script)
    {
        var lines = script.Split("\r\n");
        var start = Array.IndexOf(lines, "$Settings = @(");
        start.Should().BeGreaterThanOrEqualTo(0, "the script has a $Settings block");
        var entries = new List<IReadOnlyDictionary<string, string>>();
        Dictionary<string, string>? current = null;
        for (var i = start + 1; lines[i] != ")"; i++)
        {
            var line = lines[i];
            if (line == "    @{")
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "    }")
            {
                entries.Add(current!);
            }
            else
            {
                var equals = line.IndexOf(" = ", StringComparison.Ordinal);
                var value = line[(equals + 3)..];
                var segments = PowerShellLexer.Lex(value);
                current![line[..equals].Trim()] = segments.Count == 1 && segments[0].Kind == PsSegmentKind.SingleQuoted ? segments[0].Text : value;
            }
        }

        return entries;
    }
}
