using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Sources.Wmi;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>
/// The CIM source where the Windows management runtime is missing, and the probe that tells. Reading real servers
/// needs Windows servers; what CIM returns is mapped in <see cref="WmiObservationsTests"/>.
/// </summary>
public class WmiSourceTests
{
    private const string Missing = "the Windows management runtime (MI) is not available on this machine (it is part of Windows; " +
                                   "Microsoft.Management.Infrastructure's build for other systems cannot open WS-Man sessions), so CIM " +
                                   "cannot read any server; use --source snapshots=<folder> (run generated/Collect-SmbState.ps1 on the " +
                                   "servers), --source regexport=<folder> or --source wire";

    [Fact]
    public async Task Read_WithoutTheWindowsManagementRuntime_EveryHostIsUnknownSayingSo_WithoutCallingCim()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // mi.dll is part of Windows: the runtime is there.
        }

        var progress = new List<SourceProgress>();
        var source = new WmiSource(4, TimeSpan.FromSeconds(30), 3);

        var result = await source.ReadAsync(DriftCases.Targets, new ProgressLog(progress), CancellationToken.None);

        result.Source.Should().Be("wmi");
        result.Observations.Select(o => o.Host).Should().Equal(DriftCases.Targets.Select(t => t.Name));
        result.Observations.Should().OnlyContain(o => o.Unreadable == Missing && o.Source == "wmi");
        progress.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Completed = DriftCases.Targets.Count, Total = DriftCases.Targets.Count, Failed = DriftCases.Targets.Count });
    }

    [Fact]
    public void Probe_LibraryThatDoesNotLoad_IsMissingNamingIt()
    {
        CimRuntime.Missing("smbpol-no-such-management-runtime").Should()
            .StartWith("the Windows management runtime (MI) is not available on this machine (smbpol-no-such-management-runtime could not be loaded)");
    }

    [Fact]
    public void Probe_LibraryWithoutTheMiEntryPoint_IsMissing()
    {
        var library = OperatingSystem.IsWindows() ? "kernel32.dll" : "libc.so.6";

        CimRuntime.Missing(library).Should()
            .StartWith($"the Windows management runtime (MI) is not available on this machine ({library} has no MI_Application_InitializeV1)");
    }

    [Fact]
    public void Errors_BothProtocolsFailing_RetriedOnlyWhenOneMayPass()
    {
        CimErrors.IsTransient(new CimConnectionException("WS-Man: timed out; DCOM: RPC server unavailable", transient: true)).Should().BeTrue();
        CimErrors.IsTransient(new CimConnectionException("WS-Man: access denied; DCOM: access denied", transient: false)).Should().BeFalse();
        CimErrors.IsTransient(new InvalidOperationException(@"StdRegProv.EnumValues(HKLM\x) returned 5")).Should().BeFalse();
        CimErrors.Describe(new CimConnectionException(" WS-Man: a; DCOM: b \n", transient: false)).Should().Be("WS-Man: a; DCOM: b");
    }
}
