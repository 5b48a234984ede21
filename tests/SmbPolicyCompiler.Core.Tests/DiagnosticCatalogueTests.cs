using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Tests;

public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void Catalogue_CodesAreUniqueAndSorted_AndTheirPrefixSaysTheStage()
    {
        var codes = DiagnosticCatalogue.All.Select(d => d.Code).ToList();
        codes.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            var expected = descriptor.Code switch
            {
                var c when c.StartsWith("SMBDRIFT", StringComparison.Ordinal) => DiagnosticStage.Drift,
                var c when c.StartsWith("SMB0", StringComparison.Ordinal) => DiagnosticStage.Input,
                var c when c.StartsWith("SMB4", StringComparison.Ordinal) => DiagnosticStage.Compile,
                var c when c.StartsWith("SMB5", StringComparison.Ordinal) => DiagnosticStage.Import,
                _ => DiagnosticStage.Rules,
            };
            descriptor.Stage.Should().Be(expected, descriptor.Code);
            descriptor.Code.Should().MatchRegex(@"^SMB(\d{4}|DRIFT\d{3})$");
        }
    }

    [Fact]
    public void Catalogue_ListsDriftsSarifRules()
    {
        DiagnosticCatalogue.Of(DiagnosticStage.Drift).Select(d => d.Code).Should().Equal("SMBDRIFT001", "SMBDRIFT002", "SMBDRIFT003", "SMBDRIFT004");
    }

    [Fact]
    public void InputUnreadable_IsDecidedByTheDescriptor_NotByTheMessage()
    {
        DiagnosticCatalogue.All.Where(d => d.MeansInputUnreadable).Select(d => d.Code).Should().Equal("SMB0001", "SMB0002");
        Compilation(PolicyDiagnostics.Unreadable("a.yaml", "denied")).InputUnreadable.Should().BeTrue();
        Compilation(PolicyDiagnostics.TooLarge("a.yaml", 50L << 20, 10L << 20)).InputUnreadable.Should().BeFalse("the file was found and judged too large: exit 1");
    }

    [Fact]
    public void Diagnostic_TakesSeverityAndCodeFromItsDescriptor()
    {
        var diagnostic = DiagnosticCatalogue.ExceptionExpiresSoon.At(SourceLocation.File("x.yaml"), "soon");

        diagnostic.Severity.Should().Be(Severity.Warning);
        diagnostic.ToString().Should().Be("x.yaml: warning SMB3002: soon");
    }

    private static PolicyCompilation Compilation(Diagnostic diagnostic) => new("policies", new DateOnly(2026, 1, 1), [diagnostic], null, null);
}
