using Microsoft.Management.Infrastructure;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Whether Microsoft.Management.Infrastructure can run here. Its managed part always loads; the native part is mi.dll
/// on Windows and OMI's libmi elsewhere (the Unix package ships stubs that need it). Creating a local session object
/// loads it without contacting anything.
/// </summary>
internal static class CimRuntime
{
    public const string Alternatives =
        "use --source snapshots=<folder> (run generated/Collect-SmbState.ps1 on the servers), --source regexport=<folder> or --source wire";

    /// <summary>Null when the runtime works; otherwise what is missing, for the user.</summary>
    public static string? Missing()
    {
        try
        {
            using var session = CimSession.Create(null);
            return null;
        }
        catch (Exception e) when (IsMissingRuntime(e))
        {
            return Describe(e);
        }
    }

    /// <summary>
    /// The exceptions a missing native runtime throws on any call. NotImplementedException is among them because the
    /// package's own Unix build is stubs that throw it without OMI (seen with 3.0.0 on Debian), not code of ours.
    /// </summary>
    public static bool IsMissingRuntime(Exception e) => e switch
    {
        DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or NotImplementedException or PlatformNotSupportedException => true,
        TypeInitializationException { InnerException: { } inner } => IsMissingRuntime(inner),
        _ => false,
    };

    public static string Describe(Exception e)
    {
        var library = OperatingSystem.IsWindows() ? "mi.dll" : "libmi (OMI)";
        var message = (e is TypeInitializationException { InnerException: { } inner } ? inner : e).Message.Split('\n')[0].Trim();
        var sentence = message.IndexOf(". ", StringComparison.Ordinal) is > 0 and var end ? message[..(end + 1)] : message;
        return $"wmi: reading servers through CIM (Microsoft.Management.Infrastructure) needs its native runtime, {library}, " +
               $"which is missing on this system ({sentence}); {Alternatives}";
    }
}
