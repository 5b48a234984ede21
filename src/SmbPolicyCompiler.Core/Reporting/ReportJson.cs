using System.Text;
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
        if (output is StreamWriter { Encoding: UTF8Encoding } file)
        {
            // The serializer's bytes are already what the file's encoder would make of them: skip decoding them to
            // text and encoding them again (a readiness report of 1 M events is ~45 MB).
            file.Flush();
            JsonSerializer.Serialize(file.BaseStream, report, type);
        }
        else
        {
            using var stream = new TextWriterStream(output);
            JsonSerializer.Serialize(stream, report, type);
        }

        output.Write('\n');
    }
}
