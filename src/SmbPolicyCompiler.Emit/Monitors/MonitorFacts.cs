using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Emit.Layout;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>What a ring's monitor scripts and README say about one monitor, from the policy and the catalogue.</summary>
internal sealed record MonitorFacts(RingLayout Ring, ResolvedMonitor Monitor, IReadOnlyList<AuditEventDefinition> Events, IReadOnlyList<string> Controls, string PolicyName)
{
    public const string EventSource = "smbpol-monitors";

    public static MonitorFacts Of(EmitContext context, RingLayout ring, ResolvedMonitor monitor) => new(
        ring,
        monitor,
        MonitoredEvents.For(monitor.Kind),
        [.. MonitoredEvents.Controls(monitor.Kind).Where(key => ring.Ring.Control(key).IsManaged || monitor.Kind == MonitorKind.Smb1Traffic)],
        context.Settings.Name);

    public string ScriptName => Monitor.Kind.ScriptName();

    public string FileName => ScriptName + ".ps1";

    /// <summary>The Application log event id a scheduled run writes its ticket under (warning).</summary>
    public int ReportEventId => Monitor.Kind == MonitorKind.Smb1Traffic ? 1001 : 1002;

    public string ControlText => string.Join(", ", Controls);

    /// <summary>The values compile fills in: every placeholder that is not filled when the script runs.</summary>
    public IReadOnlyDictionary<string, string> CompileValues => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [TicketPlaceholders.Ring.Name] = Ring.Name,
        [TicketPlaceholders.Control.Name] = ControlText,
        [TicketPlaceholders.Window.Name] = Durations.Words(Monitor.Window),
        [TicketPlaceholders.Threshold.Name] = Monitor.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [TicketPlaceholders.Policy.Name] = PolicyName,
    };

    public IReadOnlyList<TicketPart> Subject => TicketText.Compile(Monitor.Subject, CompileValues);

    public IReadOnlyList<TicketPart> Body => TicketText.Compile(Monitor.Body, CompileValues);
}
