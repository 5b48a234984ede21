using SmbPolicyCompiler.Core.Documentation;
using SmbPolicyCompiler.Emit;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>docs/diagnostics.md lists every code smbpol can print: the front end's and compile's.</summary>
public class DiagnosticsDocsTests
{
    [Fact]
    public void Docs_DiagnosticsReference_IsCurrent() =>
        Golden.AssertText(Path.Combine(RepoPaths.Docs, "diagnostics.md"), DiagnosticsReference.Render(EmitDiagnostics.All));
}
