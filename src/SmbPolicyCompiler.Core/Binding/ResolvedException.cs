using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>An exception with its control and stage looked up and its scope resolved to host keys.</summary>
public sealed record ResolvedException(
    ExceptionDefinition Definition,
    ControlDefinition? Control,
    StageDefinition? Stage,
    IReadOnlyList<string> HostKeys,
    bool Active)
{
    public string Id => Definition.Id.Value;
}
