using System.Diagnostics.CodeAnalysis;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// A <c>--targets</c> entry: <c>[name=]address[:port]</c>. With a name, the address is where that host is reached
/// (a policy host pointed at a test server, or past wrong DNS); without one, the address names the host itself.
/// </summary>
public sealed record TargetSpec(string? Name, HostTarget Endpoint)
{
    /// <summary>The host this entry is about: the name when given, else the address.</summary>
    public string HostName => Name ?? Endpoint.Host;

    public static bool TryParse(string? text, [NotNullWhen(true)] out TargetSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        var trimmed = text?.Trim() ?? "";
        var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
        string? name = null;
        var address = trimmed;
        if (equals >= 0)
        {
            name = trimmed[..equals].Trim();
            address = trimmed[(equals + 1)..].Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                error = $"target '{trimmed}': the name before '=' is empty or has spaces; write name=address[:port], e.g. FS01=10.0.0.5:445";
                return false;
            }
        }

        if (!HostTarget.TryParse(address, out var endpoint, out var problem))
        {
            error = $"target '{trimmed}': {problem}";
            return false;
        }

        spec = new TargetSpec(name, endpoint);
        error = null;
        return true;
    }
}
