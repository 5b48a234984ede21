using SmbPolicyCompiler.Core.Syntax;

namespace SmbPolicyCompiler.Core.Schema;

/// <summary>
/// Follows an NJsonSchema error path such as <c>#/rings[0].controls.serverSigning</c> through the YAML tree.
/// Keys may themselves contain dots, so at each mapping the longest key that fits is taken.
/// </summary>
internal static class SchemaPathResolver
{
    /// <summary>The deepest node the path reaches, and whether the path was followed to its end.</summary>
    public static (YNode Node, YScalar? Key, bool Complete) Resolve(YNode root, string path)
    {
        var rest = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path;
        YNode node = root;
        YScalar? key = null;
        while (rest.Length > 0)
        {
            if (rest[0] == '.')
            {
                rest = rest[1..];
                continue;
            }

            if (rest[0] == '[' && node is YSequence sequence)
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                if (close < 0 || !int.TryParse(rest[1..close], out var index) || index >= sequence.Items.Count)
                {
                    return (node, key, false);
                }

                node = sequence.Items[index];
                key = null;
                rest = rest[(close + 1)..];
                continue;
            }

            if (node is not YMapping mapping)
            {
                return (node, key, false);
            }

            var remaining = rest;
            var entry = mapping.Entries
                .Where(e => remaining.StartsWith(e.Key.Value, StringComparison.Ordinal) && Ends(remaining, e.Key.Value.Length))
                .OrderByDescending(e => e.Key.Value.Length)
                .FirstOrDefault();
            if (entry is null)
            {
                return (node, key, false);
            }

            node = entry.Value;
            key = entry.Key;
            rest = rest[entry.Key.Value.Length..];
        }

        return (node, key, true);
    }

    private static bool Ends(string text, int at) => at == text.Length || text[at] is '.' or '[';
}
