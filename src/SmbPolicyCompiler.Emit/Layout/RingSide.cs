using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>The server or client half of a ring: the values it sets, its GPO and how the GPO is imported.</summary>
internal sealed record RingSide(Side Side, IReadOnlyList<RegistryAssignment> Assignments, GpoLayout Gpo, IReadOnlyList<GpoImport> Imports)
{
    /// <summary>"Servers" or "Clients": GPO names and script file names use it.</summary>
    public string Word => SideWords.Of(Side);
}
