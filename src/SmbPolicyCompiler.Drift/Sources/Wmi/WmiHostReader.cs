using System.Management;
using System.Runtime.Versioning;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Reads one host remotely through WMI (DCOM): the SMB configuration classes in root\Microsoft\Windows\SMB through
/// their GetConfiguration methods, the four keys through StdRegProv in root\default, and the OS build from
/// Win32_OperatingSystem. Throws what System.Management throws; the caller makes that the host's reason.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WmiHostReader
{
    private const uint HkeyLocalMachine = 0x80000002;
    private const uint KeyNotFound = 2;

    public static WmiReading Read(string address, TimeSpan timeout)
    {
        var options = new ConnectionOptions
        {
            Timeout = timeout,
            Impersonation = ImpersonationLevel.Impersonate,
            Authentication = AuthenticationLevel.PacketPrivacy,
        };
        var smb = Connect(address, @"root\Microsoft\Windows\SMB", options);
        var server = Configuration(smb, "MSFT_SmbServerConfiguration", timeout);
        var client = Configuration(smb, "MSFT_SmbClientConfiguration", timeout);
        using var registry = new ManagementClass(Connect(address, @"root\default", options), new ManagementPath("StdRegProv"), new ObjectGetOptions { Timeout = timeout });
        var keys = RegistryKeys.All.Select(k => ReadKey(registry, k.Path)).ToList();
        return new WmiReading(server, client, keys, BuildNumber(Connect(address, @"root\cimv2", options), timeout));
    }

    private static ManagementScope Connect(string address, string path, ConnectionOptions options)
    {
        var scope = new ManagementScope($@"\\{address}\{path}", options);
        scope.Connect();
        return scope;
    }

    private static Dictionary<string, object?>? Configuration(ManagementScope scope, string className, TimeSpan timeout)
    {
        try
        {
            using var configuration = new ManagementClass(scope, new ManagementPath(className), new ObjectGetOptions { Timeout = timeout });
            using var result = configuration.InvokeMethod("GetConfiguration", null, new InvokeMethodOptions { Timeout = timeout });
            return result?["Output"] is ManagementBaseObject output
                ? output.Properties.Cast<PropertyData>().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.OrdinalIgnoreCase)
                : null;
        }
        catch (ManagementException e) when (e.ErrorCode is ManagementStatus.InvalidClass or ManagementStatus.NotFound or ManagementStatus.InvalidNamespace)
        {
            return null;
        }
    }

    private static WmiRegistryKey ReadKey(ManagementClass registry, string key)
    {
        using var parameters = registry.GetMethodParameters("EnumValues");
        parameters["hDefKey"] = HkeyLocalMachine;
        parameters["sSubKeyName"] = key;
        using var result = registry.InvokeMethod("EnumValues", parameters, null);
        var status = Convert.ToUInt32(result["ReturnValue"], System.Globalization.CultureInfo.InvariantCulture);
        if (status == KeyNotFound)
        {
            return new WmiRegistryKey(key, false, []);
        }

        if (status != 0)
        {
            throw new ManagementException($@"StdRegProv.EnumValues(HKLM\{key}) returned {status}");
        }

        var names = result["sNames"] as string[] ?? [];
        var types = result["Types"] as int[] ?? [];
        var values = names.Zip(types, (name, type) => new WmiRegistryValue(name, type, ReadValue(registry, key, name, type))).ToList();
        return new WmiRegistryKey(key, true, values);
    }

    private static object? ReadValue(ManagementClass registry, string key, string name, int type)
    {
        var (method, output) = type switch
        {
            WmiObservations.RegSz => ("GetStringValue", "sValue"),
            WmiObservations.RegExpandSz => ("GetExpandedStringValue", "sValue"),
            WmiObservations.RegBinary => ("GetBinaryValue", "uValue"),
            WmiObservations.RegDword => ("GetDWORDValue", "uValue"),
            WmiObservations.RegMultiSz => ("GetMultiStringValue", "sValue"),
            WmiObservations.RegQword => ("GetQWORDValue", "uValue"),
            _ => (null, null),
        };
        if (method is null)
        {
            return null;
        }

        using var parameters = registry.GetMethodParameters(method);
        parameters["hDefKey"] = HkeyLocalMachine;
        parameters["sSubKeyName"] = key;
        parameters["sValueName"] = name;
        using var result = registry.InvokeMethod(method, parameters, null);
        return result[output];
    }

    private static string? BuildNumber(ManagementScope scope, TimeSpan timeout)
    {
        using var searcher = new ManagementObjectSearcher(scope, new ObjectQuery("SELECT BuildNumber FROM Win32_OperatingSystem"), new System.Management.EnumerationOptions { Timeout = timeout });
        using var results = searcher.Get();
        return results.Cast<ManagementBaseObject>().Select(o => o["BuildNumber"] as string).FirstOrDefault();
    }
}
