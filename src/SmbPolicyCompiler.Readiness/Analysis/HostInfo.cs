using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// A policy host with what the analysis asks of it for every client–server pair precomputed (key, ring, sides).
/// A class, compared by reference: hashing the host record would hash its whole binding.
/// </summary>
internal sealed class HostInfo(ResolvedHost host)
{
    public ResolvedHost Host { get; } = host;

    public string Key { get; } = host.Key;

    public string? Ring { get; } = host.Ring;

    public bool IsServer { get; } = host.Role.Has(Side.Server);

    public bool IsClient { get; } = host.Role.Has(Side.Client);

    public bool Has(Side side) => side == Side.Server ? IsServer : IsClient;
}
