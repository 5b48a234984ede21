using NJsonSchema;

namespace SmbPolicyCompiler.Core.Schema;

/// <summary>The policy file JSON schema (schemas/smbpol.schema.json), embedded in the assembly and loaded once.</summary>
internal static class PolicySchema
{
    public const string ResourceName = "smbpol.schema.json";

    private static readonly Lazy<JsonSchema> Loaded = new(() => JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult());

    public static JsonSchema Schema => Loaded.Value;

    public static string Text
    {
        get
        {
            using var stream = typeof(PolicySchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
