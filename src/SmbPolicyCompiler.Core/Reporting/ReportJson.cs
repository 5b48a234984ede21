using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// Writes a JSON report through <see cref="JsonSerializer"/> with the report's source-generated metadata, onto any
/// text writer (stdout or the atomic --output file), followed by one line end.
/// </summary>
public static class ReportJson
{
    public static void Write<T>(TextWriter output, T report, JsonTypeInfo<T> type)
    {
        using (var stream = new TextWriterStream(output))
        {
            JsonSerializer.Serialize(stream, report, type);
        }

        output.Write('\n');
    }
}
