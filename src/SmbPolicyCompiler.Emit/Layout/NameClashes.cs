using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>Finds names that map to the same output file or folder name, ignoring case as Windows does.</summary>
internal static class NameClashes
{
    public static void Check(
        IEnumerable<(string FileName, string Name, SourceLocation At)> names, ICollection<Diagnostic> problems, params IEnumerable<string> reserved)
    {
        var first = reserved.ToDictionary(r => r, r => "the generated file " + r, StringComparer.OrdinalIgnoreCase);
        foreach (var (fileName, name, at) in names)
        {
            if (first.TryGetValue(fileName, out var other))
            {
                problems.Add(EmitDiagnostics.SameFolder(at, name, other, fileName));
            }
            else
            {
                first[fileName] = name;
            }
        }
    }
}
