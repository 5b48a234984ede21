using System.Globalization;
using System.Text.Json;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// Reads one Collect-SmbState.ps1 snapshot (schemas/collector.schema.json, schemaVersion 1) as written by Windows
/// PowerShell 5.1 or PowerShell 7. Throws <see cref="SnapshotFormatException"/> naming the JSON path of what is wrong.
/// </summary>
internal static class SnapshotParser
{
    public const int SchemaVersion = 1;

    /// <summary>The hostName, when the value has a usable one (to name a snapshot that is otherwise broken).</summary>
    public static string? HostNameOf(JsonElement root) =>
        root.Find("hostName") is { ValueKind: JsonValueKind.String } name && name.GetString() is { Length: > 0 } text ? text.Trim() : null;

    /// <param name="keep">Registry values and cmdlet properties to keep (by name, ignoring case); null keeps all.</param>
    public static Snapshot Parse(JsonElement root, IReadOnlySet<string>? keep = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SnapshotFormatException($"expected a snapshot (a JSON object), found {root.Describe()}");
        }

        CheckVersion(root.Find("schemaVersion"));
        var hostName = HostNameOf(root) ?? throw new SnapshotFormatException("hostName is missing or empty; every snapshot names its computer");
        var dnsName = root.Find("dnsName") is { ValueKind: JsonValueKind.String } dns && dns.GetString() is { Length: > 0 } d ? d.Trim() : null;
        return new Snapshot(
            hostName,
            dnsName,
            CollectedAt(root.Find("collectedAt")),
            Build(root.Find("os")?.Find("build")),
            CimValues.Properties(root.Find("smbServerConfiguration"), "smbServerConfiguration", keep),
            CimValues.Properties(root.Find("smbClientConfiguration"), "smbClientConfiguration", keep),
            SnapshotRegistry.Read(root.Find("registry"), keep));
    }

    private static void CheckVersion(JsonElement? version)
    {
        if (version is null)
        {
            throw new SnapshotFormatException("schemaVersion is missing: this is not a Collect-SmbState.ps1 snapshot (smbpol compile writes the script to generated/)");
        }

        if (version.Value.ValueKind != JsonValueKind.Number || !version.Value.TryGetInt32(out var number) || number != SchemaVersion)
        {
            throw new SnapshotFormatException(
                $"schemaVersion is {version.Value.Describe()}, and this smbpol reads schemaVersion {SchemaVersion}; collect with the Collect-SmbState.ps1 this smbpol generates");
        }
    }

    private static DateTimeOffset? CollectedAt(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text
        && DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? when.ToUniversalTime()
            : null;

    private static int? Build(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var b) => b,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var b) => b,
        _ => null,
    };
}
