using SmbPolicyCompiler.Core.Inventory;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Everything a policy repository declares, read from its YAML files (before binding).</summary>
public sealed record PolicyModel(
    string Root,
    PolicySettings Policy,
    IReadOnlyList<GroupDefinition> Groups,
    IReadOnlyList<RingDefinition> Rings,
    IReadOnlyList<ExceptionDefinition> Exceptions,
    ComputerInventory? Inventory,
    IReadOnlyList<string> Files);
