using SmbPolicyCompiler.Readiness.Aggregation;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>How names appear in the report.</summary>
internal static class Names
{
    public const string NotNamed = "(not named)";

    public static string Of(NameTable names, int id) => id == LinkTable.NoServer ? NotNamed : names[id].Value;
}
