using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>
    /// A file or folder name segment for <paramref name="name"/> (e.g. a ring name) that is safe on Windows and
    /// Linux and in scripts. A name that is already safe — letters, digits, <c>. _ -</c>, starting with a letter or
    /// digit, not ending in '.', at most 64 characters, not a Windows device name — is returned unchanged.
    /// Any other name becomes a readable form (dots dropped, so no device name can appear) plus "-" and 8 hex digits of its SHA-256, so different names stay
    /// different. Names differing only in case stay different too, but collide on Windows: keep them unique ignoring case.
    /// </summary>
    public static string FileNameSegment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("A file name segment needs a non-empty name.", nameof(name));
        }

        if (IsSafeSegment(name))
        {
            return name;
        }

        var readable = Regex.Replace(name, "[^A-Za-z0-9_-]+", "-").Trim('-');
        if (readable.Length > 40)
        {
            readable = readable[..40].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return readable.Length == 0 ? "x-" + hash : readable + "-" + hash;
    }

    private static bool IsSafeSegment(string name) =>
        name.Length <= 64 &&
        Regex.IsMatch(name, @"^[A-Za-z0-9][A-Za-z0-9._-]*\z") &&
        !name.EndsWith('.') &&
        !ReservedDeviceNames.Contains(name.Split('.')[0]);
}
