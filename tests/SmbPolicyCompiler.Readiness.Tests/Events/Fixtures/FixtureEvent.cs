namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>One synthetic event: System values and the event data in manifest order, *Length slots included.</summary>
internal sealed record FixtureEvent(
    string Computer,
    string Channel,
    string Provider,
    int EventId,
    int Version,
    long RecordId,
    DateTime TimeUtc,
    IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public bool IsServerSide => Provider == "Microsoft-Windows-SMBServer";

    public string? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>An English rendered message with the labels Event Viewer uses (synthetic text; only the labels matter).</summary>
    public string Message()
    {
        var lines = new List<string> { $"SMB audit event {EventId}.", string.Empty };
        foreach (var (label, field) in new[] { ("Client Name", "ClientName"), ("Server Name", "ServerName"), ("User Name", "UserName"), ("SPN", "SPN") })
        {
            if (Field(field) is { } value)
            {
                lines.Add($"{label}: {value}");
            }
        }

        lines.Add(string.Empty);
        lines.Add("Guidance:");
        lines.Add("This event indicates that a client or server does not support a hardening feature.");
        return string.Join("\r\n", lines);
    }
}
