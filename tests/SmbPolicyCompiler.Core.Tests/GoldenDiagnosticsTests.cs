using System.Diagnostics;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests;

/// <summary>
/// Each folder under Cases/ is a broken policy repository (input/) and the diagnostics it must produce (expected.txt),
/// read as of 2026-11-21. SMBPOL_UPDATE_GOLDEN=1 rewrites expected.txt.
/// </summary>
public class GoldenDiagnosticsTests
{
    private static string CasesRoot => RepoPaths.Tests("SmbPolicyCompiler.Core.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenPolicy_MatchesGoldenDiagnostics(string name)
    {
        var input = Path.Combine(CasesRoot, name, "input");
        var watch = Stopwatch.StartNew();

        var compilation = PolicyLoader.Load(input, PolicyFixture.AsOf, name);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "bad input must be handled in bounded time");
        compilation.Diagnostics.Should().NotBeEmpty("every case is broken in some way");
        var text = new StringWriter { NewLine = "\n" };
        new DiagnosticText().Write(text, compilation.Diagnostics);
        Golden.AssertText(Path.Combine(CasesRoot, name, "expected.txt"), text.ToString());
    }
}
