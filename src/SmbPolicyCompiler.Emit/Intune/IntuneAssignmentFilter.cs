using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmbPolicyCompiler.Emit.Intune;

/// <summary>
/// An Intune assignment filter (the body of a Graph POST to deviceManagement/assignmentFilters) that selects devices by
/// name: <c>(device.deviceName -in ["LT-IT-01", "LT-IT-02"])</c>. A ring's policy is assigned with the filter of every
/// device an exception holds back as an exclude filter; each exception's policy with the filter of its own devices as an
/// include filter, so no device gets both.
/// </summary>
internal sealed partial record IntuneAssignmentFilter(string File, string Name, string Description, IReadOnlyList<string> DeviceNames)
{
    public const string Endpoint = "https://graph.microsoft.com/beta/deviceManagement/assignmentFilters";

    /// <summary>Device names a filter rule can quote as they are: letters, digits, '.', '-' and '_' (no escape needed).</summary>
    public static bool CanName(string device) => PlainName().IsMatch(device);

    public string Rule => "(device.deviceName -in [" + string.Join(", ", DeviceNames.Select(d => "\"" + d + "\"")) + "])";

    public byte[] Body()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("displayName", Name);
            json.WriteString("description", Description);
            json.WriteString("platform", "windows10AndLater");
            json.WriteString("rule", Rule);
            json.WriteStartArray("roleScopeTags");
            json.WriteStringValue("0");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex PlainName();
}
