using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// What one 'monitors.&lt;name&gt;' mapping of the policy says (policy.monitors or a ring's monitors); unset fields are
/// null and come from the next level down (<see cref="Over"/>): ring → policy → smbpol's defaults.
/// </summary>
public sealed record MonitorSettings(
    bool? Enabled,
    Located<TimeSpan>? Interval,
    Located<TimeSpan>? Window,
    int? Threshold,
    int? MaxClients,
    TicketTemplate? Subject,
    TicketTemplate? Body,
    SourceLocation? Location)
{
    public static readonly MonitorSettings None = new(null, null, null, null, null, null, null, null);

    /// <summary>This level's fields where set, else the fallback's.</summary>
    public MonitorSettings Over(MonitorSettings fallback) => new(
        Enabled ?? fallback.Enabled,
        Interval ?? fallback.Interval,
        Window ?? fallback.Window,
        Threshold ?? fallback.Threshold,
        MaxClients ?? fallback.MaxClients,
        Subject ?? fallback.Subject,
        Body ?? fallback.Body,
        Location ?? fallback.Location);

    public IEnumerable<TicketTemplate> Templates => new[] { Subject, Body }.OfType<TicketTemplate>();
}
