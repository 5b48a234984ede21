using System.Globalization;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>The docs state facts the code decides; these keep them in step.</summary>
public class DocsTests
{
    [Fact]
    public void GpoExceptionsDoc_RelaxedValueTable_IsTheCatalogues()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "gpo-exceptions.md"));
        var rows = Regex.Matches(text, @"^\| ((?:server|client)\.\w+) \| (\d+) \| (registry\.pol|GptTmpl\.inf) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));

        rows.Should().BeEquivalentTo(ControlCatalogue.AllSettings.Select(s => (
            s.Id,
            s.RelaxedValue.ToString(CultureInfo.InvariantCulture),
            s.Mechanism == GpoMechanism.SecurityOption ? "GptTmpl.inf" : "registry.pol")));
    }

    [Fact]
    public void OutputsDoc_NamesTheStableGuidNamespaceAndEveryEmitDiagnostic()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "outputs.md"));

        text.Should().Contain(Layout.StableGuid.Namespace.ToString());
        foreach (var diagnostic in DiagnosticCatalogue.Of(DiagnosticStage.Compile))
        {
            text.Should().Contain($"| {diagnostic.Code} |");
        }
    }

    [Fact]
    public void OutputsDoc_NamesEverySecurityOptionAnAdditionalSettingGoesToGptTmplFor()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "outputs.md"));

        foreach (var option in SecurityOptions.All.Where(o => !ControlCatalogue.AllSettings.Any(s => s.ServicesLocation == o.Location)))
        {
            text.Should().Contain($"`{option.ValueName}`");
        }
    }

    [Fact]
    public void OutputsDoc_DscSection_ListsTheCataloguesDscProperties()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "outputs.md"));

        foreach (var property in ControlCatalogue.AllSettings.Select(s => s.DscProperty).OfType<string>())
        {
            text.Should().Contain($"`{property}`");
        }
    }
}
