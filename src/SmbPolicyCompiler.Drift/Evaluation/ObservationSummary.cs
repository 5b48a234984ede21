using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>A few words on what a source saw of a host, for hosts there is nothing to compare with.</summary>
internal static class ObservationSummary
{
    public static string Describe(HostObservation observation)
    {
        if (observation.Unreadable is { } reason)
        {
            return "unreadable: " + reason;
        }

        if (observation.Wire is { } wire)
        {
            var smb2 = wire.SigningRequired is { } required
                ? $"{(wire.SigningFromSmb1 ? "SMB1 only" : $"SMB {wire.Dialect ?? "?"}")}, signing {(required ? "required" : "not required")}"
                : $"no SMB2 answer ({wire.Failure ?? "unknown"})";
            var smb1 = wire.Smb1Accepted switch
            {
                true => "SMB1 accepted",
                false => "SMB1 refused",
                null => "SMB1 unknown",
            };
            return $"{wire.Endpoint}: {smb2}, {smb1}";
        }

        var build = observation.OsBuild is { } b ? $" (build {b})" : "";
        return "read" + build;
    }
}
