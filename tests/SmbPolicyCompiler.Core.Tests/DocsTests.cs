using SmbPolicyCompiler.Core.Documentation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests;

/// <summary>The generated pages in docs/ match the catalogues (SMBPOL_UPDATE_GOLDEN=1 regenerates them).</summary>
public class DocsTests
{
    [Fact]
    public void Docs_ControlsReference_IsCurrent() =>
        Golden.AssertText(Path.Combine(RepoPaths.Docs, "controls.md"), ControlsReference.Render());

    [Fact]
    public void Docs_DiagnosticsReference_ListsEveryCodeOfTheCatalogue() =>
        Golden.AssertText(Path.Combine(RepoPaths.Docs, "diagnostics.md"), DiagnosticsReference.Render());
}
