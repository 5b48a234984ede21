using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Core.Tests.Reporting;

public sealed class ReportJsonTests
{
    private static readonly Dictionary<string, string> Report = new()
    {
        ["name"] = "ws-Ünïcødé-\u4e2d\u6587-\ud83d\ude00",
        ["quote"] = "\"<tag>&'",
        ["long"] = new string('x', 100_000),
    };

    [Fact]
    public void Write_ToAUtf8FileWriter_GivesTheSameBytesAsThroughText()
    {
        var type = (JsonTypeInfo<Dictionary<string, string>>)JsonSerializerOptions.Default.GetTypeInfo(typeof(Dictionary<string, string>));
        var text = new StringWriter();
        text.Write("before ");
        ReportJson.Write(text, Report, type);
        text.Write("after");

        foreach (var encoding in new[] { new UTF8Encoding(false), Encoding.UTF8 })
        {
            var bytes = new MemoryStream();
            using (var file = new StreamWriter(bytes, encoding, leaveOpen: true))
            {
                file.Write("before ");
                ReportJson.Write(file, Report, type);
                file.Write("after");
            }

            bytes.ToArray().Should().Equal([.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())]);
        }
    }
}
