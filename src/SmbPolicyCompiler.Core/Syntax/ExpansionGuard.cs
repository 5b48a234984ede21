namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>
/// Counts how many nodes a tree would have with every alias written out. Shared (aliased) nodes are counted
/// once per use but computed once, so a "billion laughs" document is measured in linear time. Only lists and
/// mappings are remembered: a scalar child, aliased or not, counts one.
/// </summary>
internal static class ExpansionGuard
{
    public static long ExpandedSize(YNode root)
    {
        var memo = new Dictionary<YNode, long>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YNode Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (memo.ContainsKey(node))
            {
                continue;
            }

            if (!childrenDone)
            {
                stack.Push((node, true));
                foreach (var child in Children(node))
                {
                    if (child is not YScalar && !memo.ContainsKey(child))
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            long size = 1;
            foreach (var child in Children(node))
            {
                size = Math.Min(long.MaxValue / 4, size + (child is YScalar ? 1 : memo[child]));
            }

            memo[node] = size;
        }

        return memo[root];
    }

    private static IEnumerable<YNode> Children(YNode node) => node switch
    {
        YMapping m => KeysAndValues(m),
        YSequence s => s.Items,
        _ => [],
    };

    private static IEnumerable<YNode> KeysAndValues(YMapping mapping)
    {
        foreach (var entry in mapping.Entries)
        {
            yield return entry.Key;
            yield return entry.Value;
        }
    }
}
