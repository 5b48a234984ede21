using System.Globalization;
using Microsoft.Management.Infrastructure;
using Microsoft.Management.Infrastructure.Options;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Reads one host through CIM (Microsoft.Management.Infrastructure): the SMB configuration classes in
/// ROOT/Microsoft/Windows/SMB through their static GetConfiguration methods (what Get-SmbServerConfiguration and
/// Get-SmbClientConfiguration -CimSession call), the four keys through StdRegProv in ROOT/default, and the OS build
/// from Win32_OperatingSystem. Throws what CIM throws; the caller makes that the host's reason.
/// </summary>
internal static class CimHostReader
{
    private const string SmbNamespace = "ROOT/Microsoft/Windows/SMB";
    private const string RegistryNamespace = "ROOT/default";
    private const string OsNamespace = "ROOT/cimv2";
    private const uint HkeyLocalMachine = 0x80000002;
    private const uint KeyNotFound = 2;

    public static WmiReading Read(string address, TimeSpan timeout)
    {
        using var session = CimSessions.Open(address, timeout);
        using var operation = new CimOperationOptions { Timeout = timeout };
        var server = Configuration(session, "MSFT_SmbServerConfiguration", operation);
        var client = Configuration(session, "MSFT_SmbClientConfiguration", operation);
        var keys = RegistryKeys.All.Select(k => ReadKey(session, k.Path, operation)).ToList();
        return new WmiReading(server, client, keys, BuildNumber(session, operation));
    }

    private static Dictionary<string, object?>? Configuration(CimSession session, string className, CimOperationOptions operation)
    {
        try
        {
            using var parameters = new CimMethodParametersCollection();
            using var result = session.InvokeMethod(SmbNamespace, className, "GetConfiguration", parameters, operation);
            using var output = result.OutParameters["Output"]?.Value as CimInstance;
            return output?.CimInstanceProperties.ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.OrdinalIgnoreCase);
        }
        catch (CimException e) when (CimErrors.IsMissingClass(e))
        {
            return null;
        }
    }

    private static WmiRegistryKey ReadKey(CimSession session, string key, CimOperationOptions operation)
    {
        using var result = Registry(session, "EnumValues", key, null, operation);
        var status = Convert.ToUInt32(result.ReturnValue?.Value, CultureInfo.InvariantCulture);
        if (status == KeyNotFound)
        {
            return new WmiRegistryKey(key, false, []);
        }

        if (status != 0)
        {
            throw new InvalidOperationException($@"StdRegProv.EnumValues(HKLM\{key}) returned {status}");
        }

        var names = result.OutParameters["sNames"]?.Value as string[] ?? [];
        var types = result.OutParameters["Types"]?.Value as int[] ?? [];
        var values = names.Zip(types, (name, type) => new WmiRegistryValue(name, type, ReadValue(session, key, name, type, operation))).ToList();
        return new WmiRegistryKey(key, true, values);
    }

    private static object? ReadValue(CimSession session, string key, string name, int type, CimOperationOptions operation)
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

        using var result = Registry(session, method, key, name, operation);
        return result.OutParameters[output]?.Value;
    }

    private static CimMethodResult Registry(CimSession session, string method, string key, string? valueName, CimOperationOptions operation)
    {
        using var parameters = new CimMethodParametersCollection
        {
            CimMethodParameter.Create("hDefKey", HkeyLocalMachine, CimType.UInt32, CimFlags.In),
            CimMethodParameter.Create("sSubKeyName", key, CimType.String, CimFlags.In),
        };
        if (valueName is not null)
        {
            parameters.Add(CimMethodParameter.Create("sValueName", valueName, CimType.String, CimFlags.In));
        }

        return session.InvokeMethod(RegistryNamespace, "StdRegProv", method, parameters, operation);
    }

    private static string? BuildNumber(CimSession session, CimOperationOptions operation)
    {
        foreach (var os in session.QueryInstances(OsNamespace, "WQL", "SELECT BuildNumber FROM Win32_OperatingSystem", operation))
        {
            using (os)
            {
                return os.CimInstanceProperties["BuildNumber"]?.Value as string;
            }
        }

        return null;
    }
}
