using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// Additional-setting text with line breaks and tabs (AppLocker rule XML, say) is carried by every back end:
/// the .reg files as hex(1)/hex(2)/hex(7), the PowerShell and DSC scripts as [char]-code expressions.
/// </summary>
public class MultiLineDataTests
{
    private const string Text = "<Rule>\\r\\n\\t<Path>C:\\\\x</Path>\\r\\n</Rule>";
    private const string Value = "<Rule>\r\n\t<Path>C:\\x</Path>\r\n</Rule>";

    private static readonly string Rings =
        "rings:\n  - name: r\n    groups: [g]\n    controls:\n      serverSigning: { audit: 2026-01-05 }\n    additionalSettings:\n" +
        $"      - key: HKLM\\SOFTWARE\\Contoso\n        value: Sz\n        type: string\n        data: \"{Text}\"\n" +
        $"      - key: HKLM\\SOFTWARE\\Contoso\n        value: Expand\n        type: expandString\n        data: \"%SystemRoot%\\n{Text}\"\n" +
        $"      - key: HKLM\\SOFTWARE\\Contoso\n        value: Multi\n        type: multiString\n        data: [\"one\\ntwo\", \"{Text}\"]\n";

    [Fact]
    public void Compile_MultiLineData_IsCarriedExactlyByRegFilesAndScripts()
    {
        using var folder = EmitFixture.WritePolicy(
            ("policy.yaml", "policy:\n  name: p\n  domain: corp.example.com\n"),
            ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"),
            ("rings.yaml", Rings));

        var result = PolicyEmitter.Emit(EmitFixture.Resolve(folder.Path));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        var expected = new Dictionary<string, RegistryValue>
        {
            ["Sz"] = RegistryValue.String(Value),
            ["Expand"] = RegistryValue.ExpandString("%SystemRoot%\n" + Value),
            ["Multi"] = RegistryValue.MultiString("one\ntwo", Value),
        };
        var regFiles = result.Files.Where(f => f.RelativePath.EndsWith(".reg", StringComparison.Ordinal) && f.Text().Contains("Contoso", StringComparison.Ordinal)).ToList();
        var applying = regFiles.Where(f => !f.RelativePath.Contains("rollback", StringComparison.OrdinalIgnoreCase)).ToList();
        applying.Should().NotBeEmpty();
        foreach (var file in applying)
        {
            var key = RegFileReader.Read(file.Content).FindKey(@"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso");
            key.Should().NotBeNull(file.RelativePath);
            foreach (var (name, value) in expected)
            {
                key!.FindValue(name)!.Value.Should().Be(value, file.RelativePath);
            }
        }

        var scripts = result.Files.Where(f => f.RelativePath.EndsWith(".ps1", StringComparison.Ordinal) && f.Text().Contains("Contoso", StringComparison.Ordinal)).ToList();
        scripts.Select(s => s.RelativePath).Should().Contain(p => p.Contains("/powershell/Apply-", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("/dsc/", StringComparison.Ordinal));
        foreach (var script in scripts.Where(s => !s.RelativePath.Contains("Rollback-", StringComparison.Ordinal)))
        {
            script.Text().Should().Contain(Escape.PowerShellExpression(Value), script.RelativePath)
                .And.Contain("@(('one' + [char]0x0A + 'two'), ", script.RelativePath);
        }
    }
}
