namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>How hard and how wide the wire probe works.</summary>
public sealed record WireScanOptions
{
    public static WireScanOptions Default { get; } = new();

    /// <summary>Hosts probed at once.</summary>
    public int MaxConcurrency { get; init; } = 64;

    /// <summary>Limit for one exchange: resolve, connect, send the NEGOTIATE and read the whole reply.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Extra attempts after a transient failure (timeout, reset).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Wait before the first retry; doubled for each later one, with ±50% jitter.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Also send an SMB1 NEGOTIATE (on a second connection) to learn whether SMB1 is accepted.</summary>
    public bool ProbeSmb1 { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (MaxConcurrency is < 1 or > 65536)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "Concurrency is 1 to 65536 hosts at once.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout is more than zero and at most 10 minutes.");
        }

        if (Retries is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Retries), Retries, "Retries are 0 to 10.");
        }

        if (RetryBackoff < TimeSpan.Zero || RetryBackoff > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(RetryBackoff), RetryBackoff, "The retry backoff is 0 to 1 minute.");
        }
    }
}
