using System.Collections.Concurrent;
using System.Reflection;

namespace SmbPolicyCompiler.Emit.PowerShell;

/// <summary>
/// The fixed logic of the generated scripts, kept as .ps1 files under PowerShell/Templates and Monitors/Templates and
/// embedded in the assembly (with the monitors' README template). Templates hold no policy values: the writers put
/// those in a data block above the template.
/// </summary>
internal static class Templates
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Read(string name) => Cache.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        var resource = "SmbPolicyCompiler.Emit.Templates." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The script template '{resource}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
