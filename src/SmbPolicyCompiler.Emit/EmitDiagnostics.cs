using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Emit;

/// <summary>The diagnostics compile adds to the front end's: a valid policy that cannot be written to some output.</summary>
public static class EmitDiagnostics
{
    public static IReadOnlyList<DiagnosticInfo> All { get; } =
    [
        new("SMB4001", Severity.Error, "A value cannot be written into a generated file"),
        new("SMB4002", Severity.Error, "Two names give the same output folder or file"),
        new("SMB4003", Severity.Error, "A ring sets one registry value twice"),
    ];

    public static Diagnostic Unrepresentable(SourceLocation at, string what, string value, string problem) =>
        Make("SMB4001", at, $"{what} '{Shorten(value)}' cannot be written into the generated scripts and files: {problem} Change the value in the policy.");

    public static Diagnostic SameFolder(SourceLocation at, string name, string otherName, string folder) =>
        Make("SMB4002", at, $"'{name}' and '{otherName}' both give the output name '{folder}' (names that differ only in case collide on Windows); rename one of them.");

    public static Diagnostic SetTwice(SourceLocation at, string ring, string location, SourceLocation first) =>
        Make("SMB4003", at, $"ring '{ring}' sets {location} twice (first at {first}); keep one additional setting for it.");

    private static Diagnostic Make(string code, SourceLocation at, string message) =>
        new(at, All.First(d => d.Code == code).DefaultSeverity, code, message);

    private static string Shorten(string value)
    {
        var printable = new string(value.Select(c => char.IsControl(c) ? '\uFFFD' : c).ToArray());
        return printable.Length <= 80 ? printable : printable[..80] + "...";
    }
}
