using System.Security.Cryptography;
using System.Text;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5: SHA-1 of a namespace and a name), so the same policy always gives the same
/// GPO and backup ids. The name is the parts joined with line feeds: names in a policy cannot hold control
/// characters, so different parts always give different names.
/// </summary>
internal static class StableGuid
{
    /// <summary>smbpol's namespace, chosen once at random; never change it, or every GPO id changes.</summary>
    public static readonly Guid Namespace = new("8c6f4d2a-1b7e-4f35-9a0c-5e2d7b41c9f3");

    public static Guid Create(params string[] parts)
    {
        var name = Encoding.UTF8.GetBytes(string.Join('\n', parts));
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The form GPMC writes: upper case, in braces.</summary>
    public static string Braced(Guid guid) => guid.ToString("B").ToUpperInvariant();
}
