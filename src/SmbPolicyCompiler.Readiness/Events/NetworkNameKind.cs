namespace SmbPolicyCompiler.Readiness.Events;

public enum NetworkNameKind
{
    /// <summary>A host name (NetBIOS or DNS), lowercased.</summary>
    Name,

    /// <summary>An IPv4 address in dotted-quad form (IPv4-mapped IPv6 addresses are folded into this).</summary>
    IPv4,

    /// <summary>An IPv6 address in canonical compressed lowercase form, without zone index.</summary>
    IPv6,
}
