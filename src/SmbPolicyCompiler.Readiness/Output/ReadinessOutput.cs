using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>Writes the report in a chosen format to a text writer.</summary>
public static class ReadinessOutput
{
    public static void Write(TextWriter o, ReadinessReport report, ReadinessFormat format)
    {
        switch (format)
        {
            case ReadinessFormat.Json:
                ReadinessJson.Write(new TextWriterStream(o), report);
                o.Write('\n');

                break;
            case ReadinessFormat.Markdown:
                ReadinessMarkdown.Write(o, report);
                break;
            case ReadinessFormat.Csv:
                ReadinessCsv.Write(o, report);
                break;
            case ReadinessFormat.Html:
                ReadinessHtml.Write(o, report);
                break;
            default:
                ReadinessText.Write(o, report);
                break;
        }
    }
}
