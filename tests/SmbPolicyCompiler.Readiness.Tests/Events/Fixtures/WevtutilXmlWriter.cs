using System.Globalization;
using System.Security;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>Writes events as wevtutil qe /f:xml does: one &lt;Event&gt; per line, no root unless /e:root, single quotes by default.</summary>
internal static class WevtutilXmlWriter
{
    public static string Write(IEnumerable<FixtureEvent> events, XmlShape shape, char quote = '\'', bool root = false, bool rendered = false, string newLine = "\r\n")
    {
        var text = new StringBuilder();
        if (root)
        {
            text.Append("<root>").Append(newLine);
        }

        foreach (var e in events)
        {
            text.Append(Event(e, shape, quote, rendered)).Append(newLine);
        }

        if (root)
        {
            text.Append("</root>").Append(newLine);
        }

        return text.ToString();
    }

    public static string Event(FixtureEvent e, XmlShape shape, char quote = '\'', bool rendered = false)
    {
        string Attr(string name, string value) => $" {name}={quote}{Escape(value)}{quote}";
        var guid = e.IsServerSide ? "{d48ce617-33a2-4bc3-a5c7-11aa4f29619e}" : "{988c59c5-0a1c-45b6-a555-0c62276e327d}";
        var text = new StringBuilder();
        text.Append("<Event").Append(Attr("xmlns", "http://schemas.microsoft.com/win/2004/08/events/event")).Append('>');
        text.Append("<System><Provider").Append(Attr("Name", e.Provider)).Append(Attr("Guid", guid)).Append("/>");
        text.Append(CultureInfo.InvariantCulture, $"<EventID>{e.EventId}</EventID><Version>{e.Version}</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode>");
        text.Append("<Keywords>0x4000000000000000</Keywords><TimeCreated").Append(Attr("SystemTime", e.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture))).Append("/>");
        text.Append(CultureInfo.InvariantCulture, $"<EventRecordID>{e.RecordId}</EventRecordID><Correlation/>");
        text.Append("<Execution").Append(Attr("ProcessID", "4")).Append(Attr("ThreadID", "1234")).Append("/>");
        text.Append($"<Channel>{Escape(e.Channel)}</Channel><Computer>{Escape(e.Computer)}</Computer><Security").Append(Attr("UserID", "S-1-5-18")).Append("/></System>");
        if (shape == XmlShape.EventData)
        {
            text.Append("<EventData>");
            foreach (var (name, value) in e.Fields)
            {
                text.Append("<Data").Append(Attr("Name", name)).Append('>').Append(Escape(value)).Append("</Data>");
            }

            text.Append("</EventData>");
        }
        else
        {
            text.Append("<UserData><EventData").Append(Attr("xmlns", "http://manifests.microsoft.com/win/2004/08/windows/smbserver")).Append('>');
            foreach (var (name, value) in e.Fields)
            {
                text.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append('>');
            }

            text.Append("</EventData></UserData>");
        }

        if (rendered)
        {
            text.Append("<RenderingInfo").Append(Attr("Culture", "de-DE")).Append("><Message>").Append(Escape(e.Message()))
                .Append("</Message><Level>Informationen</Level><Task></Task><Opcode>Info</Opcode><Channel>Überwachung</Channel>")
                .Append("<Provider>SMB-Server</Provider><Keywords><Keyword>Audit</Keyword></Keywords></RenderingInfo>");
        }

        return text.Append("</Event>").ToString();
    }

    public static string Escape(string value) => SecurityElement.Escape(value);
}
