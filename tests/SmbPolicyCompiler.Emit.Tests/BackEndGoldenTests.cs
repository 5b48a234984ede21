using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>
/// Golden files per back end for Cases/small (golden/small). A change that cannot be explained by the diff is a bug.
/// Rewrite with SMBPOL_UPDATE_GOLDEN=1 and review: git diff tests/SmbPolicyCompiler.Emit.Tests/golden.
/// </summary>
public class BackEndGoldenTests
{
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));

    private static string Root => EmitFixture.GoldenRoot("small");

    [Fact]
    public void Compile_SmallEstate_GpoBackupsMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Contains("/gpo/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_ImportScriptsMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Split('/') is [_, var name] && name.StartsWith("Import-", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_RegFilesMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Contains("/registry/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_PowerShellScriptsMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Contains("/powershell/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_DscConfigurationsMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Contains("/dsc/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_MonitorsMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.Contains("/monitors/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_ReadmeAndCollectorMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => !p.Contains('/', StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_SiemFilesMatchGolden() =>
        GoldenFolder.Assert(Root, Small.Value.Files, p => p.StartsWith("siem/", StringComparison.Ordinal));

    [Fact]
    public void Compile_SmallEstate_EveryFileBelongsToAGoldenBackEnd()
    {
        var files = Small.Value.Files.Select(f => f.RelativePath).ToList();
        files.Should().OnlyContain(p => !p.Contains('/') || p.StartsWith("siem/") || p.Contains("/gpo/") || p.Contains("/registry/") || p.Contains("/powershell/") ||
            p.Contains("/dsc/") || p.Contains("/monitors/") || (p.Split('/').Length == 2 && p.Split('/')[1].StartsWith("Import-")));
    }
}
