namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Last resort for exports that kept only the rendered message (Export-Csv, ConvertTo-Json with truncated
/// Properties): reads "Label: value" lines for a few known English labels. Messages are localised, so this finds
/// nothing in other languages; such events are then reported as lacking data.
/// </summary>
internal static class MessageLabels
{
    private static readonly (string Label, string Field)[] Known =
    [
        ("Client Name", "ClientName"),
        ("Client Address", "ClientName"),
        ("Server Name", "ServerName"),
        ("User Name", "UserName"),
        ("SPN", "SPN"),
        ("SPN Validation Policy", "SPNValidationPolicy"),
    ];

    public static int Extract(string message, EventRecordBuilder builder)
    {
        var found = 0;
        foreach (var range in message.AsSpan().Split('\n'))
        {
            var line = message.AsSpan()[range].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var label = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (value.IsEmpty)
            {
                continue;
            }

            foreach (var (knownLabel, field) in Known)
            {
                if (label.Equals(knownLabel, StringComparison.OrdinalIgnoreCase))
                {
                    builder.AddField(field, value.ToString());
                    found++;
                    break;
                }
            }
        }

        return found;
    }
}
