using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats.Csv;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// Reads a computers CSV as written by
/// <c>Get-ADComputer -Filter * -Properties DNSHostName,MemberOf,OperatingSystem,OperatingSystemVersion |
/// Select Name,DNSHostName,DistinguishedName,@{n='MemberOf';e={$_.MemberOf -join ';'}},OperatingSystem,OperatingSystemVersion |
/// Export-Csv computers.csv -NoTypeInformation</c>. Columns are found by name; a #TYPE line is skipped.
/// </summary>
public static class InventoryReader
{
    private const string CollectionPlaceholder = "Microsoft.ActiveDirectory.Management.ADPropertyValueCollection";

    public static ComputerInventory? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            // Streamed: the inventory is the biggest input, and its whole text would be the biggest object of a load.
            using var text = DecodedTextFile.Open(path, out var problem) ?? throw new IOException(problem);
            return Parse(text, displayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(SourceLocation.File(displayPath), e.Message));
            return null;
        }
    }

    public static ComputerInventory? Parse(string text, string displayPath, DiagnosticBag diagnostics) =>
        Parse(new StringReader(text), displayPath, diagnostics);

    private static ComputerInventory? Parse(TextReader text, string displayPath, DiagnosticBag diagnostics)
    {
        using var csv = CsvTable.Open(text, displayPath);
        var header = csv?.Header;
        if (csv is null || header is null || header.All(string.IsNullOrWhiteSpace))
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(SourceLocation.File(displayPath), "the file has no header row; export it with Export-Csv"));
            return null;
        }

        var columns = new InventoryColumns(header);
        if (!columns.HasName)
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(new SourceLocation(displayPath, csv.HeaderLine, 1),
                "no 'Name' or 'DNSHostName' column; export Name, DNSHostName, DistinguishedName, MemberOf, OperatingSystem"));
            return null;
        }

        var computers = new List<Computer>();
        var shared = new HashSet<string>(StringComparer.Ordinal); // one copy of each OS, version, group DN and container, however many rows repeat it
        Func<string, string> share = text =>
        {
            if (!shared.TryGetValue(text, out var known))
            {
                shared.Add(text);
                known = text;
            }

            return known;
        };
        try
        {
            while (csv.Read())
            {
                var row = csv.Fields();
                if (row.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var at = new SourceLocation(displayPath, (int)csv.Line, 1);
                if (ReadRow(row, columns, at, diagnostics, share) is { } computer)
                {
                    computers.Add(computer);
                }
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(new SourceLocation(displayPath, (int)e.Line, 1), e.Problem));
            return null;
        }

        return new ComputerInventory(displayPath, computers);
    }

    private static Computer? ReadRow(IReadOnlyList<string> row, InventoryColumns columns, SourceLocation at, DiagnosticBag diagnostics, Func<string, string> share)
    {
        string? Shared(string? text) => text is null ? null : share(text);

        string? Field(int? index) => index is { } i && i < row.Count && row[i].Length > 0 ? row[i] : null;

        var dns = Field(columns.DnsHostName);
        var name = Field(columns.Name) ?? (dns is null ? null : HostNames.ShortName(dns));
        if (name is null)
        {
            diagnostics.Add(PolicyDiagnostics.InventoryRowSkipped(at, "no Name or DNSHostName"));
            return null;
        }

        var memberOf = Field(columns.MemberOf);
        if (memberOf is not null && memberOf.StartsWith(CollectionPlaceholder, StringComparison.Ordinal))
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(at,
                "MemberOf holds the text 'ADPropertyValueCollection' instead of group names; export it with @{n='MemberOf';e={$_.MemberOf -join ';'}}"));
            memberOf = null;
        }

        var groups = memberOf?.Split([';', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = Shared(groups[i])!;
        }

        return new Computer(name, dns, Field(columns.DistinguishedName), groups, Shared(Field(columns.OperatingSystem)),
            Shared(Field(columns.OperatingSystemVersion)), Field(columns.IPv4Address), at.Line, share);
    }

    private sealed class InventoryColumns(IReadOnlyList<string> header)
    {
        public int? Name { get; } = Find(header, "Name", "ComputerName", "SamAccountName");

        public int? DnsHostName { get; } = Find(header, "DNSHostName", "DnsName", "FQDN");

        public int? DistinguishedName { get; } = Find(header, "DistinguishedName", "DN");

        public int? MemberOf { get; } = Find(header, "MemberOf", "Groups");

        public int? OperatingSystem { get; } = Find(header, "OperatingSystem", "OS");

        public int? OperatingSystemVersion { get; } = Find(header, "OperatingSystemVersion", "OSVersion");

        public int? IPv4Address { get; } = Find(header, "IPv4Address", "IPAddress", "IP");

        public bool HasName => Name is not null || DnsHostName is not null;

        private static int? Find(IReadOnlyList<string> header, params string[] names)
        {
            foreach (var name in names)
            {
                for (var i = 0; i < header.Count; i++)
                {
                    if (string.Equals(header[i].Trim().TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
                    {
                        return i;
                    }
                }
            }

            return null;
        }
    }
}
