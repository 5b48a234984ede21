using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// The registry.pol and GptTmpl.inf files compile writes, read by Samba's own parsers (tests/tools/samba-gpo-dump)
/// and by ours: both must see the same records. Needs python3-samba (apt-get install -y python3-samba); fails without it.
/// </summary>
[Trait("Category", "Interop")]
public class SambaInteropTests
{
    public static TheoryData<string> Cases => ["small", "hostile"];

    [Fact]
    public void Compile_ExamplePolicies_GpoFilesReadIdenticallyInSamba() =>
        CheckAll(PolicyEmitter.Emit(EmitFixture.Resolve(RepoPaths.Policies)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_Case_GpoFilesReadIdenticallyInSamba(string name) => CheckAll(EmitFixture.Compile(name));

    private static void CheckAll(EmitResult result)
    {
        using var folder = new TempFolder("smbpol-samba");
        var checkedFiles = 0;
        foreach (var file in result.Files.Where(f => f.RelativePath.EndsWith("registry.pol", StringComparison.Ordinal) || f.RelativePath.EndsWith("GptTmpl.inf", StringComparison.Ordinal)))
        {
            var path = folder.Write(file.RelativePath, file.Content);
            var lines = SambaGpoDump.Dump(path);
            var expected = file.RelativePath.EndsWith(".pol", StringComparison.Ordinal) ? ExpectedPol(file.Content) : ExpectedInf(file.Content);
            var actual = file.RelativePath.EndsWith(".pol", StringComparison.Ordinal) ? lines.Skip(1).Select(SambaGpoDump.DecodePolLine) : lines.Skip(1);
            lines[0].Should().StartWith("# ");
            actual.Should().Equal(expected, file.RelativePath);
            checkedFiles++;
        }

        checkedFiles.Should().BeGreaterThan(2);
    }

    private static IEnumerable<string> ExpectedPol(byte[] bytes) => PolReader.Read(bytes).Select(r =>
        $"{r.Key} | {r.ValueName} | {r.Value.Type.ToRegName()} | {r.Value.Type switch
        {
            RegistryValueType.DWord => r.Value.AsDword().ToString(CultureInfo.InvariantCulture),
            RegistryValueType.String or RegistryValueType.ExpandString => "text:" + r.Value.AsString(),
            RegistryValueType.MultiString => "text:" + Encoding.Unicode.GetString(r.Value.Data.AsSpan()),
            _ => Convert.ToHexStringLower(r.Value.Data.AsSpan()),
        }}");

    private static IEnumerable<string> ExpectedInf(byte[] bytes) => GptTmplReader.Read(bytes).RegistryValues().Select(v =>
    {
        var entry = v.ToEntry();
        return $"inf | {v.Path} | {v.Value.Type.ToRegName()} | {entry.Value[(entry.Value.IndexOf(',', StringComparison.Ordinal) + 1)..]}";
    });
}
