namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>A compiled template (or fragment): its steps, or why it could not be compiled.</summary>
internal sealed class TemplatePlan
{
    private TemplatePlan(PlanOp[] ops, string? error)
    {
        Ops = ops;
        Error = error;
        DistinctFieldNames = error is null && HasDistinctNames(ops);
    }

    public PlanOp[] Ops { get; }

    public string? Error { get; }

    /// <summary>Every field the plan makes has a constant name, none equal to another ignoring case: naming is the identity.</summary>
    public bool DistinctFieldNames { get; }

    public static TemplatePlan Compiled(List<PlanOp> ops) => new([.. ops], null);

    public static TemplatePlan Failed(string error) => new([], error);

    private static bool HasDistinctNames(PlanOp[] ops)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var op in ops)
        {
            if (op.Kind == PlanOpKind.Begin && op.Role is XmlRole.Data or XmlRole.UserDataField && (op.Text is null || !names.Add(op.Text)))
            {
                return false;
            }
        }

        return true;
    }
}
