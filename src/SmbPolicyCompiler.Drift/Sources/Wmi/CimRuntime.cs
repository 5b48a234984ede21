using System.Runtime.InteropServices;
using Microsoft.Management.Infrastructure;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Whether the Windows management runtime (MI) that Microsoft.Management.Infrastructure calls is on this machine,
/// asked before any CIM call: the library is loaded as the package loads it and must export
/// <c>MI_Application_InitializeV1</c>, the entry point every MI client starts with. On Windows it is mi.dll (part of
/// Windows); the package's Unix build calls OMI's libmi instead, which is normally not installed.
/// </summary>
internal static class CimRuntime
{
    public const string Alternatives =
        "use --source snapshots=<folder> (run generated/Collect-SmbState.ps1 on the servers), --source regexport=<folder> or --source wire";

    public const string EntryPoint = "MI_Application_InitializeV1";

    public static string Library => OperatingSystem.IsWindows() ? "mi.dll" : "libmi";

    /// <summary>Null when the runtime is here; otherwise the reason every host is unknown, for the user.</summary>
    public static string? Missing() => Missing(Library);

    public static string? Missing(string library)
    {
        if (!NativeLibrary.TryLoad(library, typeof(CimSession).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory, out var handle))
        {
            return Describe(library, "it could not be loaded");
        }

        try
        {
            return NativeLibrary.TryGetExport(handle, EntryPoint, out _) ? null : Describe(library, $"it has no {EntryPoint}");
        }
        finally
        {
            NativeLibrary.Free(handle);
        }
    }

    private static string Describe(string library, string why) =>
        $"the Windows management runtime (MI, {library}) is not available on this machine ({why}), so CIM cannot read any server; {Alternatives}";
}
