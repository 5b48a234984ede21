namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>What the audit events say about enforcing one control in one ring.</summary>
public enum Verdict
{
    /// <summary>The gate is met: few enough clients would break.</summary>
    Ready,

    /// <summary>More clients would break than the gate allows, or too few are ready.</summary>
    NotReady,

    /// <summary>Audited for fewer days than the gate asks, or no event came from the ring.</summary>
    NotEnoughData,

    /// <summary>
    /// No client would break in the events read, but too few of the ring's hosts reported or on too few days
    /// (the gate's minReportingPercent, minDaysOfData): silence from hosts that did not report is not readiness.
    /// </summary>
    ThinEvidence,
}
