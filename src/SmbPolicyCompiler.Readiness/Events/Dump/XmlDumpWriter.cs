using System.Globalization;
using System.Text;
using System.Xml;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// Event XML in the Windows schema, one &lt;Event&gt; per line inside &lt;Events&gt;: readiness reads it back like a
/// wevtutil export. Every field is a named EventData/Data element; carriage returns are written as &amp;#xD;.
/// </summary>
internal sealed class XmlDumpWriter(ByteBuffer output) : DumpWriter(output)
{
    private const string Namespace = "http://schemas.microsoft.com/win/2004/08/events/event";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private readonly XmlWriter _xml = XmlWriter.Create(new BufferWriterStream(output), Settings);

    public override void WriteStart() => WriteText("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Events>\n");

    public override void WriteEnd() => WriteText("</Events>\n");

    public override void Write(IDumpRecord record)
    {
        var xml = _xml;
        xml.WriteStartElement("Event", Namespace);
        xml.WriteStartElement("System", Namespace);
        xml.WriteStartElement("Provider", Namespace);
        xml.WriteAttributeString("Name", Clean(record.Provider));
        xml.WriteEndElement();
        Element("EventID", record.EventId);
        Element("Version", record.Version);
        Element("Level", record.Level);
        if (record.TimeUtc is { } time)
        {
            xml.WriteStartElement("TimeCreated", Namespace);
            xml.WriteAttributeString("SystemTime", time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        Element("EventRecordID", record.RecordId);
        xml.WriteElementString("Channel", Namespace, Clean(record.Channel));
        xml.WriteElementString("Computer", Namespace, Clean(record.Computer));
        xml.WriteEndElement();
        xml.WriteStartElement("EventData", Namespace);
        for (var i = 0; i < record.FieldCount; i++)
        {
            xml.WriteStartElement("Data", Namespace);
            xml.WriteAttributeString("Name", Clean(record.FieldName(i)));
            xml.WriteString(Clean(record.FieldValue(i)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteWhitespace("\n");
    }

    public override void Flush() => _xml.Flush();

    private static string Clean(ReadOnlySpan<char> text) => DumpText.IsClean(text, xml: true) ? text.ToString() : DumpText.Clean(text, xml: true);

    private void Element(string name, long? value)
    {
        if (value is { } number)
        {
            _xml.WriteElementString(name, Namespace, number.ToString(CultureInfo.InvariantCulture));
        }
    }
}
