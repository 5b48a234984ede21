using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Reports;

/// <summary>
/// A fixed run over seven hosts of the case policy: one compliant, one drifted (registry and wire), one unreadable, one
/// unknown by absence on 26100, one held by an exception with a hostile REG_SZ, one seen only on the wire (no snapshot:
/// unknown beyond what the wire sees), one whose snapshot captured no key (not visible); a host outside the policy; an
/// input note.
/// </summary>
internal static class ReportFixture
{
    public static DriftReport Build()
    {
        var names = new HashSet<string>(["FS-PAR-01", "FS-PAR-02", "FS-PAR-03", "FS-PAR-04", "FS-NEW-01", "FILESRV-PARIS-LONG01", "FS-BAD-01"], StringComparer.Ordinal);
        var targets = DriftCases.Targets.Where(t => names.Contains(t.Name)).ToList();
        var snapshots = new SourceResult("snapshot",
        [
            Snapshot("FS-PAR-01", 20348, (Settings.ServerRequireSecuritySignature, 1), (Settings.AuditSmb1Access, 1), (Settings.Smb1, 0), (Settings.EncryptData, 1),
                (Settings.AuditClientDoesNotSupportSigning, 1), (Settings.AuditClientDoesNotSupportEncryption, 1), (Settings.ServerMinSmb2Dialect, 0x300)),
            Snapshot("FS-PAR-02", 20348, (Settings.ServerRequireSecuritySignature, 0), (Settings.AuditSmb1Access, 1), (Settings.Smb1, 0), (Settings.EncryptData, 1),
                (Settings.AuditClientDoesNotSupportSigning, 1), (Settings.AuditClientDoesNotSupportEncryption, 1), (Settings.ServerMinSmb2Dialect, 0x202)),
            HostObservation.Failed("FS-PAR-03", "snapshot:FS-PAR-03.json", "FS-PAR-03.json: line 1, column 1: not valid JSON: 'I' is an invalid start of a value."),
            Snapshot("FS-PAR-04", 20348, (Settings.AuditSmb1Access, 1), (Settings.EncryptData, 1), (Settings.AuditClientDoesNotSupportSigning, 1),
                (Settings.AuditClientDoesNotSupportEncryption, 1), (Settings.ServerMinSmb2Dialect, 0x300)),
            Snapshot("FS-NEW-01", 26100, (Settings.ServerRequireSecuritySignature, 1), (Settings.AuditSmb1Access, 1), (Settings.Smb1, 0), (Settings.EncryptData, 1),
                (Settings.AuditClientDoesNotSupportSigning, 1), (Settings.AuditClientDoesNotSupportEncryption, 1), (Settings.ServerMinSmb2Dialect, 0x300),
                (Settings.AuditServerDoesNotSupportSigning, 1), (Settings.ClientMinSmb2Dialect, 0x300)),
            new HostObservation("FS-BAD-01", "snapshot:FS-BAD-01.json") { Registry = new ObservedRegistry(), OsBuild = 20348 },
        ],
        ["estate.json: line 412, column 7: the file ends in the middle of a value (truncated?); 3 snapshot(s) before that point were read, the rest of the file was not"]);
        var fs04 = (HostObservation)snapshots.Observations[3];
        fs04.Registry!.Add(Settings.Smb1.ServicesLocation.Key, "SMB1", ObservedValue.OfText("0 | <b>off</b> & \"done\""));
        var wire = SourceResult.Of("wire",
        [
            Wire("FS-PAR-01", true, false),
            Wire("FS-PAR-02", false, true),
            Wire("FS-PAR-03", true, false),
            Wire("FILESRV-PARIS-LONG01", true, false),
            new HostObservation("WS-LAB-99", "wire") { Wire = new WireObservation("10.20.30.99:445", false, "3.1.1", false, null) },
        ]);
        return DriftEvaluator.Evaluate([.. targets, new DriftTarget("WS-LAB-99", "10.20.30.99:445", null)], [snapshots, wire], DriftCases.AsOf, DriftCases.Policy);
    }

    private static HostObservation Snapshot(string host, int build, params (SettingDefinition Setting, long Value)[] values)
    {
        var registry = new ObservedRegistry();
        foreach (var (_, key) in RegistryKeys.All)
        {
            registry.AddKey(key);
        }

        foreach (var (setting, value) in values)
        {
            registry.Add(setting.GpoLocation.Key, setting.ValueName, ObservedValue.Of(value));
        }

        return new HostObservation(host, $"snapshot:{host}.json") { Registry = registry, OsBuild = build, CollectedAt = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero) };
    }

    private static HostObservation Wire(string host, bool signingRequired, bool smb1) => new(host, "wire")
    {
        Wire = new WireObservation($"{host.ToLowerInvariant()}.corp.contoso.com:445", signingRequired, "3.1.1", smb1, null)
        {
            Smb1Evidence = smb1 ? "the server chose \"NT LM 0.12\"" : "the server chose none of the SMB1 dialects offered (DialectIndex 0xFFFF)",
        },
    };
}
