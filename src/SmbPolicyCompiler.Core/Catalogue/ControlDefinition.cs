namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>An audit event that shows a peer would break when the control is enforced.</summary>
public sealed record AuditEvidence(AuditEventDefinition Event, bool LowConfidence, string Meaning)
{
    public int EventId => Event.Id;

    public string Channel => Event.Channel;
}

/// <summary>A hardening control a ring moves through its stages, e.g. server signing: off → audit → enforce.</summary>
public sealed record ControlDefinition(
    string Key,
    string Title,
    string Description,
    IReadOnlyList<Side> Sides,
    IReadOnlyList<StageDefinition> Stages,
    IReadOnlyList<AuditEvidence> Evidence)
{
    public StageDefinition Initial => Stages[0];

    public bool HasAudit => Stages.Any(s => s.Kind == StageKind.Audit);

    public StageDefinition? FindStage(string name) => Stages.FirstOrDefault(s => s.Name == name);

    public StageDefinition Stage(string name) => FindStage(name) ?? throw new ArgumentException($"{Key} has no stage '{name}'", nameof(name));

    public bool AppliesTo(Side side) => Sides.Contains(side);

    public IEnumerable<SettingDefinition> AllSettings => Stages.SelectMany(s => s.Settings).Select(a => a.Setting).Distinct();
}
