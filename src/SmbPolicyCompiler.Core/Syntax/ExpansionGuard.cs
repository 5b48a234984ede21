namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>
/// Counts how many nodes a tree would have with every alias written out. Shared (aliased) nodes are counted
/// once per use but computed once, so a "billion laughs" document is measured in linear time.
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

            var children = Children(node);
            if (!childrenDone)
            {
                stack.Push((node, true));
                foreach (var child in children.Where(c => !memo.ContainsKey(c)))
                {
                    stack.Push((child, false));
                }

                continue;
            }

            long size = 1;
            foreach (var child in children)
            {
                size = Math.Min(long.MaxValue / 4, size + memo[child]);
            }

            memo[node] = size;
        }

        return memo[root];
    }

    private static IEnumerable<YNode> Children(YNode node) => node switch
    {
        YMapping m => m.Entries.SelectMany(e => new YNode[] { e.Key, e.Value }),
        YSequence s => s.Items,
        _ => [],
    };
}
