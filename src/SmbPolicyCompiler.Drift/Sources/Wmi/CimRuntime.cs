using System.Runtime.InteropServices;
using Microsoft.Management.Infrastructure;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Whether the Windows management runtime (MI) that Microsoft.Management.Infrastructure calls is on this machine,
/// asked before any CIM call. On Windows, mi.dll is loaded as the package loads it and must export
/// <c>MI_Application_InitializeV1</c>, the entry point every MI client starts with. Elsewhere it is not there:
/// the package's build for other systems calls OMI's libmi, and even with it, that build (3.0.0) cannot set a WS-Man
/// session's timeout, the first thing <see cref="CimSessions"/> does.
/// </summary>
internal static class CimRuntime
{
    public const string Alternatives =
        "use --source snapshots=<folder> (run generated/Collect-SmbState.ps1 on the servers), --source regexport=<folder> or --source wire";

    public const string EntryPoint = "MI_Application_InitializeV1";

    /// <summary>Null when the runtime is here; otherwise the reason every host is unknown, for the user.</summary>
    public static string? Missing() => OperatingSystem.IsWindows()
        ? Missing("mi.dll")
        : Describe("it is part of Windows; Microsoft.Management.Infrastructure's build for other systems cannot open WS-Man sessions");

    public static string? Missing(string library)
    {
        if (!NativeLibrary.TryLoad(library, typeof(CimSession).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory, out var handle))
        {
            return Describe($"{library} could not be loaded");
        }

        try
        {
            return NativeLibrary.TryGetExport(handle, EntryPoint, out _) ? null : Describe($"{library} has no {EntryPoint}");
        }
        finally
        {
            NativeLibrary.Free(handle);
        }
    }

    private static string Describe(string why) =>
        $"the Windows management runtime (MI) is not available on this machine ({why}), so CIM cannot read any server; {Alternatives}";
}
