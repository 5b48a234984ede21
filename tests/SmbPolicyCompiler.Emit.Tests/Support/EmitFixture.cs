using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>Loads policy cases (folders under Cases/) or policy text and compiles them in memory.</summary>
internal static class EmitFixture
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    public static string Case(string name) => RepoPaths.Tests("SmbPolicyCompiler.Emit.Tests", "Cases", name);

    public static string GoldenRoot(string name) => RepoPaths.Tests("SmbPolicyCompiler.Emit.Tests", "golden", name);

    public static ResolvedPolicy Resolve(string root, string? displayRoot = null)
    {
        var compilation = PolicyLoader.Load(root, AsOf, displayRoot ?? "policies");
        compilation.HasErrors.Should().BeFalse(string.Join(Environment.NewLine, compilation.Diagnostics));
        return compilation.Resolved!;
    }

    public static EmitResult Compile(string caseName) => PolicyEmitter.Emit(Resolve(Case(caseName)));

    /// <summary>The small case's ring layouts (built as compile builds them), for tests of GPO contents and links.</summary>
    public static IReadOnlyList<RingLayout> Layout(string caseName)
    {
        var policy = Resolve(Case(caseName));
        var context = new EmitContext(policy, BackupTimestamp.Of(policy.Model));
        var problems = new List<Core.Diagnostics.Diagnostic>();
        var rings = RingLayoutBuilder.BuildAll(context, problems);
        problems.Should().BeEmpty();
        return rings;
    }

    /// <summary>Writes policy files to a temp folder and compiles them; the folder is removed on dispose.</summary>
    public static TempFolder WritePolicy(params (string Path, string Text)[] files)
    {
        var folder = new TempFolder("smbpol-emit");
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
        }

        return folder;
    }

    public static GeneratedFile File(this EmitResult result, string path) =>
        result.Files.SingleOrDefault(f => f.RelativePath == path) ?? throw new Xunit.Sdk.XunitException(
            $"No generated file '{path}'. Files: {string.Join(", ", result.Files.Select(f => f.RelativePath))}");

    public static string Text(this GeneratedFile file) => Bytes.Decode(file.Content);
}
