namespace SmbPolicyCompiler.Readiness.Events.Evtx;

internal enum PlanOpKind : byte
{
    /// <summary>Starts a kept value of <see cref="PlanOp.Role"/> (a field is named by Text or by the substitution NameSub).</summary>
    Begin,

    /// <summary>Constant text of the current value.</summary>
    Text,

    /// <summary>A substitution in the current value.</summary>
    Sub,

    /// <summary>Ends the current value.</summary>
    End,

    /// <summary>A substitution in the content of a structural element: only a Binary XML value matters (read with Role).</summary>
    Content,
}

/// <summary>
/// One step of a compiled template. A template is walked once per chunk into a flat list of these steps; each
/// record of that template then only runs the steps against its own substitution values.
/// </summary>
internal readonly record struct PlanOp(PlanOpKind Kind, XmlRole Role, string? Text = null, int Sub = -1, bool Optional = false, bool Sole = false, int NameSub = -1);
