namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>What an inventory column holds.</summary>
public enum InventoryField
{
    /// <summary>The host name (NetBIOS or DNS).</summary>
    Host,

    /// <summary>An IP address.</summary>
    Address,

    Owner,

    DeviceType,

    Location,
}
