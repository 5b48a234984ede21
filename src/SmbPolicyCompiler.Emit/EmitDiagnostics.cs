using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Emit;

/// <summary>The messages of compile's diagnostics (SMB4xxx): a valid policy that cannot be written to some output.</summary>
internal static class EmitDiagnostics
{
    public static Diagnostic Unrepresentable(SourceLocation at, string what, string value, string problem) =>
        DiagnosticCatalogue.Unrepresentable.At(at, $"{what} '{Shorten(value)}' cannot be written into the generated scripts and files: {problem} Change the value in the policy.");

    public static Diagnostic SameFolder(SourceLocation at, string name, string otherName, string folder) =>
        DiagnosticCatalogue.SameOutputName.At(at, $"'{name}' and '{otherName}' both give the output name '{folder}' (names that differ only in case collide on Windows); rename one of them.");

    public static Diagnostic SetTwice(SourceLocation at, string ring, string location, SourceLocation first) =>
        DiagnosticCatalogue.SetTwice.At(at, $"ring '{ring}' sets {location} twice (first at {first}); keep one additional setting for it.");

    private static string Shorten(string value)
    {
        var printable = new string(value.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray());
        return printable.Length <= 80 ? printable : printable[..80] + "...";
    }
}
