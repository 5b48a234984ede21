namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>One row of the client inventory: the machine (host name and/or address) and who and what it is.</summary>
public sealed record InventoryClient(string? Name, string? Address, string? Owner, string? DeviceType, string? Location, int Line)
{
    /// <summary>The name, else the address, as written in the inventory.</summary>
    public string Label => Name ?? Address ?? string.Empty;
}
