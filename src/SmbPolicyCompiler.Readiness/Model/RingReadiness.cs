namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>One ring: its controls at audit or beyond, and the events its computers logged per day.</summary>
public sealed record RingReadiness(
    string Name,
    int Order,
    int Hosts,
    int HostsWithEvents,
    IReadOnlyList<ControlReadiness> Controls,
    IReadOnlyList<DayEvents> EventsPerDay);
