using Microsoft.Management.Infrastructure;
using Microsoft.Management.Infrastructure.Options;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// Opens a CIM session to a host the way New-CimSession does, tested before use: WS-Man (WinRM, what
/// <c>Get-SmbServerConfiguration -CimSession</c> uses by default) first, DCOM (what WMI used) when WS-Man fails.
/// </summary>
internal static class CimSessions
{
    public static CimSession Open(string address, TimeSpan timeout)
    {
        using (var wsman = new WSManSessionOptions { Timeout = timeout })
        {
            if (TryOpen(address, wsman, out var session, out var wsmanFailure))
            {
                return session;
            }

            using var dcom = new DComSessionOptions
            {
                Timeout = timeout,
                Impersonation = ImpersonationType.Impersonate,
                PacketIntegrity = true,
                PacketPrivacy = true,
            };
            if (TryOpen(address, dcom, out session, out var dcomFailure))
            {
                return session;
            }

            throw new CimConnectionException(
                $"WS-Man: {CimErrors.Describe(wsmanFailure)}; DCOM: {CimErrors.Describe(dcomFailure)}",
                CimErrors.IsTransient(wsmanFailure) || CimErrors.IsTransient(dcomFailure));
        }
    }

    private static bool TryOpen(string address, CimSessionOptions options, out CimSession session, out Exception failure)
    {
        session = null!;
        failure = null!;
        CimSession? created = null;
        try
        {
            created = CimSession.Create(address, options);
            if (created.TestConnection(out var instance, out var error))
            {
                instance?.Dispose();
                session = created;
                return true;
            }

            failure = (Exception?)error ?? new InvalidOperationException("the connection test failed without a reason");
        }
        catch (CimException e)
        {
            failure = e;
        }

        created?.Dispose();
        return false;
    }
}
