using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>The siem/ files of the small and hostile cases, and a way to put some on disk for an external checker.</summary>
public static class SiemFixture
{
    private static readonly Lazy<EmitResult> SmallResult = new(() => EmitFixture.Compile("small"));
    private static readonly Lazy<EmitResult> HostileResult = new(() => EmitFixture.Compile("hostile"));

    public static EmitResult Small => SmallResult.Value;

    public static EmitResult Hostile => HostileResult.Value;

    public static EmitResult Of(string caseName) => caseName == "hostile" ? Hostile : Small;

    public static IReadOnlyList<GeneratedFile> Files(string caseName, string prefix, string extension) =>
        [.. Of(caseName).Files.Where(f => f.RelativePath.StartsWith("siem/" + prefix, StringComparison.Ordinal) && f.RelativePath.EndsWith(extension, StringComparison.Ordinal))];

    /// <summary>Writes <paramref name="files"/> below <paramref name="folder"/>; their paths on disk, by generated path.</summary>
    public static Dictionary<string, string> WriteAll(TempFolder folder, IEnumerable<GeneratedFile> files) =>
        files.ToDictionary(f => folder.Write(f.RelativePath, f.Content), f => f.RelativePath);
}
