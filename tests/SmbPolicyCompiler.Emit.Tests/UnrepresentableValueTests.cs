using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Values no output can carry (control characters in names, XML-illegal ones in data, a ']' in a .reg key) stop the compile with a located SMB4001, never a crash.</summary>
public class UnrepresentableValueTests
{
    private const string Policy = "policy:\n  name: p\n  domain: corp.example.com\n";

    private const string Rings = "rings:\n  - name: r\n    groups: [g]\n    controls:\n      serverSigning: { audit: 2026-01-05 }\n";

    public static TheoryData<string, string, int> BadGroups => new()
    {
        { "groups:\n  - name: g\n    members:\n      ous: [\"OU=a\\nb,DC=corp,DC=example,DC=com\"]\n", "the OU of group 'g'", 4 },
        { "groups:\n  - name: g\n    members:\n      adGroups: [\"SG-\\tTab\"]\n", "the AD group of group 'g'", 4 },
        { "groups:\n  - name: g\n    members:\n      hosts: [H1]\n    linkTo: \"OU=x\\ry,DC=corp\"\n", "linkTo of group 'g'", 2 },
    };

    [Theory]
    [MemberData(nameof(BadGroups))]
    public void Compile_ControlCharacterInGroupValue_ReportsSmb4001AtTheYamlLine(string groups, string what, int line)
    {
        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", groups), ("rings.yaml", Rings));

        var diagnostic = error.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("SMB4001");
        diagnostic.Location.Path.Should().Be("policies/groups.yaml");
        diagnostic.Location.Line.Should().Be(line);
        diagnostic.Message.Should().Contain(what).And.Contain("control character");
    }

    [Fact]
    public void Compile_ControlCharacterXmlCannotCarry_InAdditionalStringData_ReportsSmb4001AtTheSetting()
    {
        var rings = Rings + "    additionalSettings:\n      - key: HKLM\\SOFTWARE\\Contoso\n        value: V\n        type: string\n        data: \"two\\nlines \\x01\"\n";

        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"), ("rings.yaml", rings));

        error.Diagnostics.Should().ContainSingle(d => d.Code == "SMB4001" && d.Location.Path == "policies/rings.yaml" && d.Location.Line == 7 &&
            d.Message.Contains(@"HKLM\SOFTWARE\Contoso\V") && d.Message.Contains("U+0001") && d.Message.Contains("gpreport.xml") && d.Message.Contains("XML 1.0"));
    }

    [Fact]
    public void Compile_BracketInAdditionalKey_ReportsThatRegFilesCannotNameIt()
    {
        var rings = Rings + "    additionalSettings:\n      - key: HKLM\\SOFTWARE\\Contoso]x\n        value: V\n        type: dword\n        data: 1\n";

        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"), ("rings.yaml", rings));

        error.Diagnostics.Should().ContainSingle(d => d.Code == "SMB4001" && d.Message.Contains("']'"));
    }

    [Fact]
    public void Compile_DwordOutOfRange_ReportsSmb4001()
    {
        var rings = Rings + "    additionalSettings:\n      - key: HKLM\\SOFTWARE\\Contoso\n        value: V\n        type: dword\n        data: 4294967296\n";

        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"), ("rings.yaml", rings));

        error.Diagnostics.Should().ContainSingle(d => d.Code == "SMB4001" && d.Message.Contains("4294967296"));
    }

    [Fact]
    public void Compile_TwoAdditionalSettingsForOneValue_ReportsSmb4003()
    {
        const string Setting = "      - key: HKLM\\SOFTWARE\\Contoso\n        value: V\n        type: dword\n        data: 1\n";
        var rings = Rings + "    additionalSettings:\n" + Setting + Setting.Replace("value: V", "value: v");

        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"), ("rings.yaml", rings));

        error.Diagnostics.Should().ContainSingle(d => d.Code == "SMB4003" && d.Location.Line == 11);
    }

    private static EmitResult CompileExpectingError(params (string Path, string Text)[] files)
    {
        using var folder = EmitFixture.WritePolicy(files);
        var result = PolicyEmitter.Emit(EmitFixture.Resolve(folder.Path));
        result.HasErrors.Should().BeTrue();
        result.Files.Should().BeEmpty("nothing is emitted when a value cannot be written");
        return result;
    }

    [Theory]
    [InlineData("readme.md")]
    [InlineData("Collect-SmbState.ps1")]
    public void Compile_RingNamedLikeATopLevelFile_ReportsSmb4002(string ring)
    {
        var rings = $"rings:\n  - name: {ring}\n    groups: [g]\n";

        var error = CompileExpectingError(("policy.yaml", Policy), ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1] }\n"), ("rings.yaml", rings));

        error.Diagnostics.Should().ContainSingle(d => d.Code == "SMB4002").Which.Message.Should().Contain("collide on Windows");
    }
}
