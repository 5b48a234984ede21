using Microsoft.Management.Infrastructure;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>What a CIM failure means for one host: its reason in a line, and whether another attempt may do better.</summary>
internal static class CimErrors
{
    /// <summary>
    /// A busy or restarting server, or a transport error (CIM reports those as "failed"), may pass; access denied, a
    /// missing namespace or class, or a bad name will not.
    /// </summary>
    public static bool IsTransient(Exception e) => e switch
    {
        CimException cim => cim.NativeErrorCode is NativeErrorCode.Failed or NativeErrorCode.ServerLimitsExceeded
            or NativeErrorCode.ServerIsShuttingDown or NativeErrorCode.InvalidOperationTimeout,
        CimConnectionException connection => connection.Transient,
        _ => false,
    };

    public static string Describe(Exception e) => e switch
    {
        CimException cim => $"{cim.Message.Trim()} ({cim.NativeErrorCode})",
        _ => e.Message.Trim(),
    };

    /// <summary>Whether the class or method is simply not there (an older Windows): the reading is null, not an error.</summary>
    public static bool IsMissingClass(CimException e) => e.NativeErrorCode is NativeErrorCode.InvalidClass or NativeErrorCode.NotFound
        or NativeErrorCode.InvalidNamespace or NativeErrorCode.MethodNotFound or NativeErrorCode.MethodNotAvailable;
}
