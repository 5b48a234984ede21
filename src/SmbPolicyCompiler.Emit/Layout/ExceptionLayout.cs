using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>The values an exception GPO carries for one side: the held stage's, and the relaxed value of every other value the ring's stage sets.</summary>
internal sealed record ExceptionSide(Side Side, IReadOnlyList<RegistryAssignment> Assignments);

/// <summary>An active exception that holds hosts of a ring back, and its narrower GPO.</summary>
/// <param name="FileName">The exception id as a file-name segment.</param>
/// <param name="HeldHosts">Host keys (lower-case short names) the exception holds back in this ring, on every platform.</param>
/// <param name="Gpo">The exception GPO, for the held hosts Group Policy manages; null when it holds none (only Samba or Intune devices).</param>
/// <param name="Import">How that GPO is imported, linked and filtered (to the Group Policy hosts only); null with <paramref name="Gpo"/>.</param>
internal sealed record ExceptionLayout(
    ResolvedException Exception,
    string FileName,
    IReadOnlyList<string> HeldHosts,
    IReadOnlyList<ExceptionSide> Sides,
    GpoLayout? Gpo,
    GpoImport? Import)
{
    public string Id => Exception.Id;

    public IReadOnlyList<RegistryAssignment> For(Side side) => Sides.FirstOrDefault(s => s.Side == side)?.Assignments ?? [];

    /// <summary>The hosts of <paramref name="hosts"/> this exception holds back on <paramref name="side"/> (none when it sets nothing there).</summary>
    public IReadOnlyList<string> HeldOn(Side side, IReadOnlySet<string> hosts) => For(side).Count == 0 ? [] : [.. HeldHosts.Where(hosts.Contains)];
}
