using System.Text;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>The snapshot fixtures are what the collector's schema describes, so the reader is tested on real shapes.</summary>
public class CollectorSchemaTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Schemas, "collector.schema.json");

    public static TheoryData<string> GoodFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(DriftCases.Path("snapshots", "good"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(DriftCases.Path("snapshots", "good"), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoodFixtures))]
    public async Task GoodFixture_IsValidAgainstTheCollectorSchema(string fixture)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var bytes = await File.ReadAllBytesAsync(DriftCases.Path("snapshots", "good", fixture));
        var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var token = JToken.Parse(text);

        foreach (var snapshot in token is JArray array ? array.Children().ToList() : [token])
        {
            schema.Validate(snapshot).Should().BeEmpty("{0} ({1}) should match {2}", fixture, snapshot["hostName"], SchemaPath);
        }
    }

    [Fact]
    public async Task BadVersionFixture_IsRejectedByTheSchemaToo()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var text = await File.ReadAllTextAsync(DriftCases.Path("snapshots", "bad", "unknown-version", "FS-BAD-03.json"));

        schema.Validate(text).Select(e => e.Path).Should().Contain("#/schemaVersion");
    }
}
