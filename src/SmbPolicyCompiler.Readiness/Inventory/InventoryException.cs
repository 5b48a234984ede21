namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>The client inventory could not be used at all; the message names the file, the place and the fix.</summary>
public sealed class InventoryException(string message) : Exception(message);
