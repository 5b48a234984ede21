using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>How names appear in the report.</summary>
internal static class Names
{
    public const string NotNamed = "(not named)";

    public static string Server(NetworkName server) => server.Value.Length == 0 ? NotNamed : server.Value;
}
