using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Support;

/// <summary>
/// The readiness tests' policy (Support/TestPolicy, as of 2026-05-01): ring pilot (PFS1-3 servers, PWS1-2 clients;
/// serverSigning enforced with PFS3 held back at audit by EXC-1; spnValidation, smb1Server, clientSigning at audit),
/// ring broad (BFS1-2; serverSigning and smb1Server at audit), ring late (LFS1; serverSigning audit since 2026-04-20).
/// </summary>
internal static class TestEstate
{
    public static readonly DateOnly AsOf = new(2026, 5, 1);

    private static readonly Lazy<ResolvedPolicy> Resolved = new(() =>
    {
        var compilation = PolicyLoader.Load(Folder, AsOf);
        return compilation.Resolved ?? throw new InvalidOperationException("the test policy does not load: " + string.Join("; ", compilation.Diagnostics));
    });

    public static string Folder => RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Support", "TestPolicy");

    public static ResolvedPolicy Policy => Resolved.Value;

    /// <summary>The test policy with auditThresholds monitor thresholds: policy-wide (for ring late and servers in no ring), pilot's and broad's.</summary>
    public static string PolicyWithAlertThresholds(int policyWide, int pilot, int broad)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "policy.yaml"))
            .Replace("  domain: corp.example.com\n", $"  domain: corp.example.com\n  monitors:\n    auditThresholds: {{ threshold: {policyWide} }}\n", StringComparison.Ordinal)
            .Replace("  - name: pilot\n", $"  - name: pilot\n    monitors:\n      auditThresholds: {{ threshold: {pilot} }}\n", StringComparison.Ordinal)
            .Replace("  - name: broad\n", $"  - name: broad\n    monitors:\n      auditThresholds: {{ threshold: {broad} }}\n", StringComparison.Ordinal);
        return text.Split("auditThresholds").Length == 4 ? text : throw new InvalidOperationException("the test policy no longer has the lines the thresholds are inserted after");
    }

    /// <summary>A time on an April 2026 day (UTC), inside every ring's audit period.</summary>
    public static DateTime April(int day, int hour = 9, int minute = 0) => new(2026, 4, day, hour, minute, 0, DateTimeKind.Utc);
}
