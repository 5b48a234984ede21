using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats.Csv;
using SmbPolicyCompiler.Formats.Text;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>
/// Reads a client inventory CSV (comma, semicolon or tab; a #TYPE line is skipped; columns found by name or mapped).
/// A file that cannot be used throws <see cref="InventoryException"/>; bad rows are skipped and listed as warnings.
/// </summary>
public static class ClientInventoryReader
{
    public const long MaxFileBytes = 256L * 1024 * 1024;
    private const int MaxWarningsListed = 100;

    public static ClientInventory Read(string path, IReadOnlyDictionary<InventoryField, string>? columnMap = null)
    {
        string text;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new InventoryException($"{path}: the inventory is {length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB. Export only the columns needed (host, IP, owner, device type, location).");
            }

            text = DecodedText.Decode(File.ReadAllBytes(path), out var problem)?.Text ?? throw new IOException(problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InventoryException($"{path}: the inventory cannot be read: {e.Message}");
        }

        return Parse(text, path, columnMap ?? new Dictionary<InventoryField, string>());
    }

    public static ClientInventory Parse(string text, string path, IReadOnlyDictionary<InventoryField, string> columnMap)
    {
        using var csv = CsvTable.Open(text, path);
        var header = csv?.Header;
        if (csv is null || header is null || header.All(string.IsNullOrWhiteSpace))
        {
            throw new InventoryException($"{path}: the inventory has no header row; write one, e.g. Name,IP,Owner,DeviceType,Location.");
        }

        if (!InventoryColumns.TryLocate(header, columnMap, out var columns, out var error))
        {
            throw new InventoryException($"{path}({csv.HeaderLine}): {error}; fix --inventory-column.");
        }

        if (!columns.ContainsKey(InventoryField.Host) && !columns.ContainsKey(InventoryField.Address))
        {
            throw new InventoryException(
                $"{path}({csv.HeaderLine}): no column names the client ({InventoryColumns.Describe(header)}); name one Name, Host or IP, or map it with --inventory-column Host=<column>.");
        }

        var clients = new List<InventoryClient>();
        var warnings = new List<string>();
        var warningCount = 0;
        var seen = new HashSet<NetworkName>();
        void Warn(long line, string message)
        {
            if (++warningCount <= MaxWarningsListed)
            {
                warnings.Add($"{path}({line}): {message}");
            }
        }

        while (ReadRow(csv, path) is { } row)
        {
            var line = csv.Line;
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Length != header.Count)
            {
                Warn(line, $"{row.Length} field(s) where the header has {header.Count}; missing fields are taken as empty.");
            }

            string? Field(InventoryField field) =>
                columns.TryGetValue(field, out var i) && i < row.Length && row[i].Trim() is { Length: > 0 } value ? value : null;

            var client = new InventoryClient(Field(InventoryField.Host), Field(InventoryField.Address), Field(InventoryField.Owner),
                Field(InventoryField.DeviceType), Field(InventoryField.Location), (int)line);
            var names = ClientInventory.NamesOf(client).ToList();
            if (names.Count == 0)
            {
                Warn(line, "skipped: no usable host name or IP address.");
                continue;
            }

            if (names.Any(seen.Contains))
            {
                Warn(line, $"'{client.Label}' is listed again; the first row is used.");
                continue;
            }

            seen.UnionWith(names);
            clients.Add(client);
        }

        if (warningCount > MaxWarningsListed)
        {
            warnings.Add($"{path}: {warningCount - MaxWarningsListed} more warning(s) not listed.");
        }

        return new ClientInventory(path, clients, warnings);
    }

    private static string[]? ReadRow(CsvTable csv, string path)
    {
        try
        {
            return csv.Read() ? csv.Fields() : null;
        }
        catch (CsvFormatException e)
        {
            throw new InventoryException(e.Message);
        }
    }
}
