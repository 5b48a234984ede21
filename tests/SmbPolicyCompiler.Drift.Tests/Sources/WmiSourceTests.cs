using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Sources.Wmi;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>
/// The CIM source where it cannot run, and how it tells a missing runtime from a host's error. Reading real servers
/// needs Windows servers; what CIM returns is mapped in <see cref="WmiObservationsTests"/>.
/// </summary>
public class WmiSourceTests
{
    [Fact]
    public async Task Read_WithoutTheCimNativeRuntime_IsUnavailableNamingWhatIsMissingAndWhatToUseInstead()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // mi.dll is part of Windows: the runtime is there.
        }

        var source = new WmiSource(4, TimeSpan.FromSeconds(1), 0);

        var read = () => source.ReadAsync(DriftCases.Targets, null, CancellationToken.None);

        var error = (await read.Should().ThrowAsync<SourceUnavailableException>()).Which;
        error.Message.Should().StartWith("wmi: reading servers through CIM (Microsoft.Management.Infrastructure) needs its native runtime, libmi (OMI), which is missing on this system (")
            .And.Contain("libmi").And.EndWith("use --source snapshots=<folder> (run generated/Collect-SmbState.ps1 on the servers), --source regexport=<folder> or --source wire");
    }

    [Theory]
    [InlineData(typeof(DllNotFoundException), true)]
    [InlineData(typeof(EntryPointNotFoundException), true)]
    [InlineData(typeof(NotImplementedException), true)]
    [InlineData(typeof(PlatformNotSupportedException), true)]
    [InlineData(typeof(UnauthorizedAccessException), false)]
    [InlineData(typeof(InvalidOperationException), false)]
    public void IsMissingRuntime_OnlyForWhatAMissingOrStubbedNativeLibraryThrows(Type type, bool missing)
    {
        var error = (Exception)Activator.CreateInstance(type, "x")!;

        CimRuntime.IsMissingRuntime(error).Should().Be(missing);
        CimRuntime.IsMissingRuntime(new TypeInitializationException("Native", error)).Should().Be(missing, "a type initializer wraps it");
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
