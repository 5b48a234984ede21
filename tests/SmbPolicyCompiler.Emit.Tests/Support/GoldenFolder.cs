using SmbPolicyCompiler.TestSupport;
using Xunit.Sdk;

namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>
/// Compares generated files with a golden folder, byte for byte, through <see cref="Golden"/> (SMBPOL_UPDATE_GOLDEN=1
/// rewrites them). Golden files the compile no longer writes fail the test too (and are deleted when updating).
/// </summary>
public static class GoldenFolder
{
    public static void Assert(string goldenRoot, IEnumerable<GeneratedFile> files, Func<string, bool> owns)
    {
        var produced = files.Where(f => owns(f.RelativePath)).ToList();
        produced.Should().NotBeEmpty("the back end under test writes files");
        foreach (var file in produced)
        {
            Golden.AssertBytes(file.FullPath(goldenRoot), file.Content);
        }

        var expected = produced.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.Exists(goldenRoot)
            ? Directory.EnumerateFiles(goldenRoot, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(goldenRoot, p).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => !p.EndsWith(".actual", StringComparison.Ordinal) && owns(p) && !expected.Contains(p))
                .ToList()
            : [];
        if (stale.Count == 0)
        {
            return;
        }

        if (Golden.Updating)
        {
            stale.ForEach(p => File.Delete(Path.Combine(goldenRoot, p)));
            return;
        }

        throw new XunitException($"Golden files no longer generated: {string.Join(", ", stale)}. Rerun with {Golden.UpdateVariable}=1 to remove them.");
    }
}
