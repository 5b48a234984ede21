namespace SmbPolicyCompiler.TestSupport;

/// <summary>How the groups of a <see cref="SyntheticEstate"/> choose their hosts.</summary>
public enum EstateShape
{
    /// <summary>Each group names one OU, one AD group or one host-name wildcard.</summary>
    OneSelectorPerGroup,

    /// <summary>
    /// Each group mixes every kind of member — an OU, an AD group, host names and wildcards (by prefix, and with a
    /// leading '*') — over hosts that sit in a deeper OU tree and belong to AD groups the policy never names.
    /// </summary>
    Mixed,
}
