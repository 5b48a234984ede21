using System.Net;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>The wire source against loopback peers: every bad peer is its host's unknown, and the good hosts are still judged.</summary>
public class WireSourceTests
{
    private static readonly WireScanOptions Quick = new() { Timeout = TimeSpan.FromMilliseconds(400), Retries = 1, RetryBackoff = TimeSpan.FromMilliseconds(10) };

    private static IReadOnlyList<DriftTarget> PointAt(params (string Host, string Address)[] hosts)
    {
        var specs = hosts.Select(h => TargetSpec.TryParse($"{h.Host}={h.Address}", out var spec, out _) ? spec : throw new InvalidOperationException(h.Address)).ToList();
        var names = hosts.Select(h => h.Host).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return DriftTargets.Resolve(DriftCases.Policy, specs).Where(t => names.Contains(t.Name)).ToList();
    }

    [Fact]
    public async Task Read_BadPeersBesideGoodOnes_EachBadHostIsUnknownWithItsReason()
    {
        await using var required = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003));
        await using var optional = LoopbackResponder.Start(ResponderScripts.Smb1AndSmb2(0x0001, 0x03));
        await using var silent = LoopbackResponder.Start(ResponderScripts.Silent);
        await using var garbage = LoopbackResponder.Start(ResponderScripts.Garbage);
        await using var truncated = LoopbackResponder.Start(ResponderScripts.TruncatedSmb2);
        using var closed = FreePort.Closed(IPAddress.Loopback, out var closedPort);
        var targets = PointAt(
            ("FS-PAR-01", required.Target.ToString()), ("FS-PAR-02", optional.Target.ToString()), ("FS-PAR-03", $"127.0.0.1:{closedPort}"),
            ("FS-BAD-01", silent.Target.ToString()), ("FS-BAD-02", garbage.Target.ToString()), ("FS-BAD-03", truncated.Target.ToString()),
            ("FS-BAD-04", "224.0.0.1:445"));
        var reports = new List<SourceProgress>();

        var result = await new WireSource(Quick).ReadAsync(targets, new ProgressLog(reports), CancellationToken.None);
        var report = DriftEvaluator.Evaluate(targets, [result], DriftCases.AsOf, DriftCases.Policy);

        string Signing(string host) => Describe(report.Findings.Single(f => f.Host == host && f.Setting == "server.RequireSecuritySignature"));
        Signing("FS-PAR-01").Should().Be("Compliant: signing required");
        Signing("FS-PAR-02").Should().Be("Drifted: signing not required");
        report.Findings.Single(f => f.Host == "FS-PAR-02" && f.Setting == "server.SMB1").Actual.Should().Be("SMB1 accepted");
        Signing("FS-PAR-03").Should().Match("Unknown: 127.0.0.1:*: Refused: connection refused*");
        Signing("FS-BAD-01").Should().Match("Unknown: *Timeout: connected, but no reply*");
        Signing("FS-BAD-02").Should().Match("Unknown: *Garbage: *HTTP/1.1*");
        Signing("FS-BAD-03").Should().Match("Unknown: *Truncated: *");
        Signing("FS-BAD-04").Should().Match("Unknown: 224.0.0.1:445: Unreachable: *", "Linux refuses a TCP connect to a multicast address");
        report.Findings.Where(f => f.Host.StartsWith("FS-BAD-", StringComparison.Ordinal) && f.Setting == "server.SMB1").Should().OnlyContain(f => f.Status == DriftStatus.Unknown);
        reports.Max(r => r.Completed).Should().Be(7);
        reports.Should().OnlyContain(r => r.Source == "wire" && r.Total == 7);
        reports.Where(r => r.Latest is not null).Select(r => r.Latest).Should().BeEquivalentTo(targets.Select(t => t.Name), "progress names the policy's hosts");
        reports.SelectMany(r => r.InFlight ?? []).Distinct().Should().BeEquivalentTo(targets.Select(t => t.Name));
        reports.Max(r => r.Failed).Should().Be(5);
    }

    [Fact]
    public async Task Read_HostWhoseSettingsTheWireCannotSee_IsNotProbedAndNotVisible()
    {
        await using var silent = LoopbackResponder.Start(ResponderScripts.Silent);
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003));
        using var folder = new PolicyFolder("""
            policy: { name: wire-sees, domain: lab.example.com }
            groups:
              - { name: lab, description: Lab file servers., owner: lab@example.com, members: { hosts: [LAB-FS01] } }
              - { name: desks, description: Desktops., owner: lab@example.com, role: client, members: { hosts: [WS-01] } }
            rings:
              - name: pilot
                description: The lab.
                groups: [lab, desks]
                controls:
                  serverSigning: { audit: 2026-01-05, enforce: 2026-03-02 }
                  clientSigning: { audit: 2026-01-05, enforce: 2026-03-02 }
            """);
        var policy = DriftCases.Load(folder.Path);
        var specs = new[] { $"WS-01={silent.Target}", $"LAB-FS01={server.Target}" }
            .Select(t => TargetSpec.TryParse(t, out var spec, out _) ? spec : throw new InvalidOperationException(t)).ToList();
        var targets = DriftTargets.Resolve(policy, specs);
        var slow = Quick with { Timeout = TimeSpan.FromSeconds(30), Retries = 0 };

        var result = await new WireSource(slow).ReadAsync(targets, null, CancellationToken.None);
        var report = DriftEvaluator.Evaluate(targets, [result], DriftCases.AsOf, policy);

        silent.Connections.Should().Be(0, "the policy declares nothing on WS-01 that a negotiate shows");
        report.Findings.Where(f => f.Host == "WS-01").Should().NotBeEmpty().And.OnlyContain(f => f.Status == DriftStatus.NotVisible && f.Source == "wire");
        report.Findings.Single(f => f.Host == "LAB-FS01" && f.Setting == "server.RequireSecuritySignature").Status.Should().Be(DriftStatus.Compliant);
    }

    [Fact]
    public async Task Read_Smb1OnlyServer_SigningComesFromTheSmb1NegotiateReply()
    {
        await using var required = LoopbackResponder.Start(ResponderScripts.Smb1Only(0x0F));
        await using var optional = LoopbackResponder.Start(ResponderScripts.Smb1Only(0x07));
        var targets = PointAt(("FS-PAR-01", required.Target.ToString()), ("FS-PAR-02", optional.Target.ToString()));

        var result = await new WireSource(Quick).ReadAsync(targets, null, CancellationToken.None);
        var report = DriftEvaluator.Evaluate(targets, [result], DriftCases.AsOf, DriftCases.Policy);

        var fs01 = report.Findings.Single(f => f.Host == "FS-PAR-01" && f.Setting == "server.RequireSecuritySignature");
        (fs01.Status, fs01.Actual).Should().Be((DriftStatus.Compliant, "signing required"));
        fs01.Detail.Should().StartWith("SMB1 NEGOTIATE to ").And.Contain("signing-required bit is set");
        var fs02 = report.Findings.Single(f => f.Host == "FS-PAR-02" && f.Setting == "server.RequireSecuritySignature");
        (fs02.Status, fs02.Actual).Should().Be((DriftStatus.Drifted, "signing not required"));
        report.Findings.Single(f => f.Host == "FS-PAR-01" && f.Setting == "server.SMB1").Status.Should().Be(DriftStatus.Drifted, "SMB1 is accepted");
    }

    [Fact]
    public async Task Read_AddressThatCannotBeProbed_IsUnknownWithoutAProbe()
    {
        var targets = new List<DriftTarget> { new("FS-PAR-01", "bad host!", DriftCases.Host("FS-PAR-01")) };

        var result = await new WireSource(Quick).ReadAsync(targets, null, CancellationToken.None);

        result.Observations.Single().Wire!.Failure.Should().StartWith("cannot probe: 'bad host!'");
    }

    [Fact]
    public async Task Read_ExtraHostNotInThePolicy_IsReportedWithWhatItSaid()
    {
        await using var nas = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003, 0x0302));
        var targets = DriftTargets.Resolve(DriftCases.Policy, [TargetSpec.TryParse($"nas-99={nas.Target}", out var spec, out _) ? spec : throw new InvalidOperationException()])
            .Where(t => t.Host is null).ToList();

        var result = await new WireSource(Quick).ReadAsync(targets, null, CancellationToken.None);
        var report = DriftEvaluator.Evaluate(targets, [result], DriftCases.AsOf, DriftCases.Policy);

        report.Findings.Should().ContainSingle().Which.Should().Match<DriftFinding>(f =>
            f.Host == "nas-99" && f.Status == DriftStatus.Unmanaged && f.Actual == $"{nas.Target}: SMB 3.0.2, signing required, SMB1 refused");
    }

    private static string Describe(DriftFinding f) => $"{f.Status}: {(f.Status == DriftStatus.Unknown ? f.Detail : f.Actual)}";
}
