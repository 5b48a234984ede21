using SmbPolicyCompiler.Plan.Sources;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Inventory;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>The readiness options plan passes on: a client inventory when one is given.</summary>
internal static class PlanReadinessOptions
{
    public static ReadinessOptions With(string? inventoryPath)
    {
        if (inventoryPath is null)
        {
            return ReadinessOptions.Default;
        }

        try
        {
            return ReadinessOptions.Default with { Inventory = ClientInventoryReader.Read(inventoryPath, null) };
        }
        catch (InventoryException e)
        {
            throw new PlanInputException("--inventory: " + e.Message);
        }
    }
}
