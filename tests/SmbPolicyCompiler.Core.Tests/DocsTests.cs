using SmbPolicyCompiler.Core.Documentation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests;

/// <summary>
/// The generated controls page in docs/ matches the catalogue (SMBPOL_UPDATE_GOLDEN=1 regenerates it); the diagnostics
/// page, which lists compile's codes too, is checked in the CLI tests.
/// </summary>
public class DocsTests
{
    [Fact]
    public void Docs_ControlsReference_IsCurrent() =>
        Golden.AssertText(Path.Combine(RepoPaths.Docs, "controls.md"), ControlsReference.Render());
}
