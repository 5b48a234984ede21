namespace SmbPolicyCompiler.Drift.Model;

/// <summary>What a finding (or a host, summed over its findings) says.</summary>
public enum DriftStatus
{
    /// <summary>The live value is the desired one.</summary>
    Compliant,

    /// <summary>The live value differs from the desired one.</summary>
    Drifted,

    /// <summary>A source tried and could not tell: unreachable, unreadable input, or absence that does not say the value.</summary>
    Unknown,

    /// <summary>The sources used cannot see this setting at all (the wire sees only signing and SMB1).</summary>
    NotVisible,

    /// <summary>The host was read but the policy has nothing to compare with: not in the policy, or in no ring.</summary>
    Unmanaged,
}
