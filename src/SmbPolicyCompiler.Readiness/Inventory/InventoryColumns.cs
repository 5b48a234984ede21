using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>
/// Finds the inventory's columns by header name (case, spaces, '_' and '-' ignored), or as mapped by the user
/// ("Host=PC-Name"). The first matching candidate wins.
/// </summary>
public static class InventoryColumns
{
    public static IReadOnlyDictionary<InventoryField, string[]> Candidates { get; } = new Dictionary<InventoryField, string[]>
    {
        [InventoryField.Host] = ["Name", "Host", "HostName", "ComputerName", "Computer", "DNSHostName", "FQDN", "Client", "ClientName", "DeviceName", "Device"],
        [InventoryField.Address] = ["IP", "IPAddress", "IPv4Address", "IPv4", "Address", "IPv6Address", "IPv6"],
        [InventoryField.Owner] = ["Owner", "ManagedBy", "Contact", "Responsible", "Team"],
        [InventoryField.DeviceType] = ["DeviceType", "Type", "Category", "Model", "OperatingSystem", "OS"],
        [InventoryField.Location] = ["Location", "Site", "Building", "Room", "Office"],
    };

    /// <summary>Parses "Field=Column" pairs (Field: Host, Address, Owner, DeviceType, Location).</summary>
    public static bool TryParseMap(IEnumerable<string> pairs, [NotNullWhen(true)] out IReadOnlyDictionary<InventoryField, string>? map, [NotNullWhen(false)] out string? error)
    {
        var result = new Dictionary<InventoryField, string>();
        map = null;
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            var field = equals > 0 ? pair[..equals].Trim() : string.Empty;
            var column = equals > 0 ? pair[(equals + 1)..].Trim() : string.Empty;
            if (field.Length == 0 || column.Length == 0)
            {
                error = $"'{pair}' is not an inventory column mapping; write Field=Column, e.g. \"Host=PC Name\".";
                return false;
            }

            if (!Enum.TryParse<InventoryField>(field, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                error = $"'{field}' is not an inventory field; use one of {string.Join(", ", Enum.GetNames<InventoryField>())}.";
                return false;
            }

            if (!result.TryAdd(parsed, column))
            {
                error = $"Inventory field {parsed} is mapped twice.";
                return false;
            }
        }

        map = result;
        error = null;
        return true;
    }

    /// <summary>The column index of each field found in the header (mapped fields must exist, else an error naming the header).</summary>
    internal static bool TryLocate(
        IReadOnlyList<string> header,
        IReadOnlyDictionary<InventoryField, string> map,
        out Dictionary<InventoryField, int> located,
        [NotNullWhen(false)] out string? error)
    {
        located = [];
        var normalised = header.Select(Normalise).ToList();
        foreach (var field in Enum.GetValues<InventoryField>())
        {
            if (map.TryGetValue(field, out var wanted))
            {
                var index = normalised.IndexOf(Normalise(wanted));
                if (index < 0)
                {
                    error = $"the column '{wanted}' mapped to {field} is not in the header ({Describe(header)})";
                    return false;
                }

                located[field] = index;
                continue;
            }

            foreach (var candidate in Candidates[field])
            {
                var index = normalised.IndexOf(Normalise(candidate));
                if (index >= 0 && !located.ContainsValue(index))
                {
                    located[field] = index;
                    break;
                }
            }
        }

        error = null;
        return true;
    }

    internal static string Describe(IReadOnlyList<string> header) =>
        header.Count == 0 ? "no columns" : "columns: " + string.Join(", ", header.Select(h => $"'{h}'"));

    private static string Normalise(string name) =>
        new([.. name.Trim().Trim('"').Where(c => c is not (' ' or '_' or '-' or '.')).Select(char.ToLowerInvariant)]);
}
