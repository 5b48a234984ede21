using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// Diagnostics as compiler-style lines beside another report (compile, import, init print them on stderr); the same
/// <see cref="DiagnosticText"/> writer validate's --format text uses.
/// </summary>
public static class DiagnosticWriters
{
    private static readonly DiagnosticText Text = new();

    public static void WriteText(TextWriter output, IEnumerable<Diagnostic> diagnostics) => Text.Write(output, [.. diagnostics]);
}
