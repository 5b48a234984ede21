using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;
using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Monitors;

public class MonitorSettingsTests
{
    private const string PolicyWithMonitors = """
        policy:
          name: test-policy
          domain: corp.example.com
          monitors:
            smb1Traffic:
              interval: 2h
              window: 3h
              ticket:
                subject: "SMB1 on %COMPUTERNAME% (%RING%)"
            auditThresholds:
              threshold: 7
              maxClients: 10
              ticket:
                body: |
                  %CLIENTS% on %COMPUTERNAME%
                  %RESULT%

        """;

    private static string RingsWith(string monitors) => Rings + $"""
            monitors:
        {monitors}

        """;

    [Fact]
    public void Bind_NoMonitorsSection_GivesSmbpolsDefaults()
    {
        var ring = With().Resolved!.Ring("pilot")!;

        var smb1 = ring.Monitor(MonitorKind.Smb1Traffic);
        smb1.Enabled.Should().BeTrue();
        smb1.Interval.Should().Be(TimeSpan.FromHours(1));
        smb1.Window.Should().Be(TimeSpan.FromHours(1));
        smb1.Threshold.Should().Be(0);
        smb1.Subject.Text.Should().Be("SMB1 Traffic Detected on %COMPUTERNAME%");
        var daily = ring.Monitor(MonitorKind.AuditThresholds);
        daily.Interval.Should().Be(TimeSpan.FromHours(24));
        daily.Threshold.Should().Be(5);
        daily.MaxClients.Should().Be(50);
    }

    [Fact]
    public void Bind_PolicyMonitors_OverrideTheDefaultsFieldByField()
    {
        var ring = With(policy: PolicyWithMonitors).Resolved!.Ring("pilot")!;

        var smb1 = ring.Monitor(MonitorKind.Smb1Traffic);
        smb1.Interval.Should().Be(TimeSpan.FromHours(2));
        smb1.Window.Should().Be(TimeSpan.FromHours(3));
        smb1.Threshold.Should().Be(0, "the policy does not set it");
        smb1.Subject.Text.Should().Be("SMB1 on %COMPUTERNAME% (%RING%)");
        smb1.Body.Text.Should().Be(MonitorDefaults.For(MonitorKind.Smb1Traffic).Body!.Text);
        var daily = ring.Monitor(MonitorKind.AuditThresholds);
        daily.Threshold.Should().Be(7);
        daily.MaxClients.Should().Be(10);
        daily.Body.Text.Should().Be("%CLIENTS% on %COMPUTERNAME%\n%RESULT%", "a block scalar's final line break is not part of the ticket");
    }

    [Fact]
    public void Bind_RingMonitors_OverrideThePolicyFieldByField()
    {
        var rings = RingsWith("""
                  auditThresholds: { threshold: 20 }
                  smb1Traffic: { enabled: false }
            """);
        var ring = With(policy: PolicyWithMonitors, rings: rings).Resolved!.Ring("pilot")!;

        ring.Monitor(MonitorKind.Smb1Traffic).Enabled.Should().BeFalse();
        ring.Monitor(MonitorKind.Smb1Traffic).Interval.Should().Be(TimeSpan.FromHours(2), "from the policy");
        ring.Monitor(MonitorKind.AuditThresholds).Threshold.Should().Be(20);
        ring.Monitor(MonitorKind.AuditThresholds).MaxClients.Should().Be(10, "from the policy");
        ring.Monitor(MonitorKind.AuditThresholds).Location.Line.Should().Be(9, "the ring's section decided");
    }

    [Fact]
    public void Template_SplitsLiteralTextAndPlaceholders()
    {
        var template = TicketTemplate.Parse(@"SMB1 on %CLIENTNAME%\%COMPUTERNAME% 100% sure %NOPE%", new Text.SourceLocation("p", 1, 1));

        template.Segments.Select(s => s.Placeholder?.Name ?? "'" + s.Text + "'").Should().Equal(
            "'SMB1 on '", "CLIENTNAME", @"'\'", "COMPUTERNAME", "' 100% sure %NOPE%'");
        template.Unknown.Should().Equal("%NOPE%");
    }

    [Fact]
    public void Check_UnknownPlaceholder_ReportsSMB2011WithSuggestion()
    {
        var policy = PolicyWithMonitors.Replace("(%RING%)", "(%RINGS%)", StringComparison.Ordinal);

        var d = With(policy: policy).Single("SMB2011");

        d.Severity.Should().Be(Diagnostics.Severity.Error);
        d.Message.Should().Contain("'%RINGS%', which is no placeholder; did you mean '%RING%'?");
        d.Location.Line.Should().Be(9);
    }

    [Fact]
    public void Check_WindowShorterThanInterval_ReportsSMB2012AtTheWindow()
    {
        var d = With(rings: RingsWith("      smb1Traffic: { interval: 2h, window: 30m }")).Single("SMB2012");

        d.Severity.Should().Be(Diagnostics.Severity.Warning);
        d.Message.Should().Be("ring 'pilot': smb1Traffic reads the last 30m of events but runs every 2h, so events between runs are never seen; make 'window' at least '2h'");
    }

    [Fact]
    public void Check_DisabledMonitor_IsNotChecked() =>
        With(rings: RingsWith("      smb1Traffic: { enabled: false, interval: 2h, window: 30m }")).Codes().Should().NotContain("SMB2012");

    [Fact]
    public void Check_ThresholdsAskedForWithoutSigningOrSpnAudit_ReportsSMB2013AndCompileLeavesItOut()
    {
        var rings = """
            rings:
              - name: pilot
                groups: [servers, clients]
                controls:
                  smb1Server: { audit: 2025-10-01 }

            """;

        var asked = With(rings: rings + "    monitors: { auditThresholds: { threshold: 3 } }\n");

        asked.Single("SMB2013").Message.Should().StartWith("ring 'pilot': auditThresholds is on, but the ring audits neither serverSigning nor spnValidation");
        MonitorScope.Generated(asked.Resolved!.Ring("pilot")!).Select(m => m.Kind).Should().Equal(MonitorKind.Smb1Traffic);
        With(rings: rings).Codes().Should().NotContain("SMB2013", "the ring does not ask for the monitor; the default just does not apply");
        With(rings: rings + "    monitors: { auditThresholds: { enabled: false } }\n").Codes().Should().NotContain("SMB2013");
    }

    [Fact]
    public void Check_MonitorsEnabledForAClientRing_ReportsSMB2013ForBoth()
    {
        var policy = Policy + """
              monitors:
                smb1Traffic: { enabled: true }
                auditThresholds: { enabled: true }

            """;
        var rings = """
            rings:
              - name: pilot
                groups: [servers]
                controls:
                  serverSigning: { audit: 2026-01-01 }
              - name: desktops
                groups: [clients]
                controls:
                  clientSigning: { audit: 2026-01-01 }

            """;

        var compilation = With(policy: policy, rings: rings);

        compilation.Diagnostics.Where(d => d.Code == "SMB2013").Select(d => d.Message[..40]).Order(StringComparer.Ordinal)
            .Should().Equal("ring 'desktops': auditThresholds is on, ", "ring 'desktops': smb1Traffic is on, but ");
        MonitorScope.Generated(compilation.Resolved!.Ring("desktops")!).Should().BeEmpty();
        MonitorScope.Generated(compilation.Resolved!.Ring("pilot")!).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(60, "1h", "1 hour")]
    [InlineData(30, "30m", "30 minutes")]
    [InlineData(24 * 60, "24h", "24 hours")]
    [InlineData(48 * 60, "48h", "48 hours")]
    [InlineData(7 * 24 * 60, "7d", "7 days")]
    [InlineData(90, "90m", "90 minutes")]
    public void Durations_AreWrittenAsThePolicyWritesThem(int minutes, string format, string words)
    {
        Durations.Format(TimeSpan.FromMinutes(minutes)).Should().Be(format);
        Durations.Words(TimeSpan.FromMinutes(minutes)).Should().Be(words);
    }
}
