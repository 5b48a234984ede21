using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>GPO display names: "&lt;prefix&gt; - &lt;ring&gt; - Servers", "... (filtered)", "... - Exception &lt;id&gt;".</summary>
internal static class GpoNames
{
    public const string FilteredSuffix = " (filtered)";

    /// <summary>What every GPO of the ring's name starts with; the import script removes stale GPOs by it.</summary>
    public static string RingPrefix(string prefix, string ring) => $"{prefix} - {ring} - ";

    public static string Side(string prefix, string ring, Side side) => RingPrefix(prefix, ring) + SideWords.Of(side);

    public static string Filtered(string name) => name + FilteredSuffix;

    public static string Exception(string prefix, string ring, string exceptionId) => RingPrefix(prefix, ring) + "Exception " + exceptionId;
}
