namespace SmbPolicyCompiler.Drift.Model;

/// <summary>How reports spell a status: "notVisible" in JSON, "not visible" for people.</summary>
internal static class DriftStatusNames
{
    public static string Json(this DriftStatus status) => status switch
    {
        DriftStatus.NotVisible => "notVisible",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Words(this DriftStatus status) => status switch
    {
        DriftStatus.NotVisible => "not visible",
        _ => status.ToString().ToLowerInvariant(),
    };
}
