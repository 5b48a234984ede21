namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>SMB2+ dialects by the names PowerShell's -Smb2DialectMin uses, with their registry values.</summary>
public static class Dialects
{
    public static IReadOnlyList<(string Name, long Value, string Version)> All { get; } =
    [
        ("SMB202", 0x202, "2.0.2"),
        ("SMB210", 0x210, "2.1"),
        ("SMB300", 0x300, "3.0"),
        ("SMB302", 0x302, "3.0.2"),
        ("SMB311", 0x311, "3.1.1"),
    ];

    public static string? NameOf(long value) => All.Where(d => d.Value == value).Select(d => d.Name).FirstOrDefault();

    public static long? ValueOf(string name) => All.Where(d => d.Name == name || d.Version == name).Select(d => (long?)d.Value).FirstOrDefault();

    /// <summary>Encryption needs SMB 3.0 or later.</summary>
    public const long FirstWithEncryption = 0x300;
}
