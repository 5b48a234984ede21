using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>
/// What SMB1 traffic means on a server, from the policy's smb1Server stage there: where SMB1 is disabled a hit is an
/// incident (high priority), where it is audited it is readiness data (these clients break when the ring disables it).
/// </summary>
internal static class Smb1Meaning
{
    public static (string Priority, string Line) Of(ResolvedRing ring)
    {
        var control = ring.Control(ControlCatalogue.Smb1Server);
        return Of(ring.Name, control.Stage, control.Since, null);
    }

    public static (string Priority, string Line) Of(string ring, StageDefinition stage, DateOnly? since, string? exception)
    {
        var when = since is { } date ? $" since {date:yyyy-MM-dd}" : "";
        var decided = exception is null ? $"ring {ring}, smb1Server '{stage.Name}'{when}" : $"ring {ring}, held at smb1Server '{stage.Name}' by exception {exception}";
        return stage.Kind switch
        {
            StageKind.Enforce => ("high", $"SMB1 is disabled on this server by the policy ({decided}), yet clients still try it: treat this as an incident, not as readiness data."),
            StageKind.Audit => ("normal", $"SMB1 is still enabled on this server ({decided}): these clients use SMB1 and break when the ring disables it."),
            _ => ("normal", $"The policy does not manage SMB1 on this server ({decided}): these clients use SMB1."),
        };
    }
}
