using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// Runs the two independent EVTX readers installed from Debian (evtxexport from libevtx-utils, evtx_dump.py from
/// python3-evtx) and parses their XML. A missing tool fails the test with the command that installs it.
/// </summary>
internal static class ReferenceReaders
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<ReferenceRecord>>> Cache = new();

    public static IReadOnlyList<ReferenceRecord> Evtxexport(string path) =>
        Cache.GetOrAdd("evtxexport|" + path, _ => new(() => Parse(SkipBanner(Run("evtxexport", "libevtx-utils", "-f", "xml", path)), lenient: false))).Value;

    public static IReadOnlyList<ReferenceRecord> PythonEvtx(string path) =>
        Cache.GetOrAdd("python|" + path, _ => new(() => Parse(SkipDeclaration(Run("evtx_dump.py", "python3-evtx", path)), lenient: true))).Value;

    public static string Run(string tool, string package, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed; the EVTX differential tests need it: apt-get install -y {package}  (.ci/run installs it)");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return output;
        }
    }

    private static string SkipBanner(string output) => output.StartsWith("evtxexport", StringComparison.Ordinal) ? output[(output.IndexOf('\n') + 1)..] : output;

    private static string SkipDeclaration(string output) => output.StartsWith("<?xml", StringComparison.Ordinal) ? output[(output.IndexOf("?>", StringComparison.Ordinal) + 2)..] : output;

    /// <summary>evtxexport writes control characters of values raw, which XML 1.0 forbids: they become character references.</summary>
    private static string EscapeControls(string xml)
    {
        var builder = new StringBuilder(xml.Length);
        foreach (var c in xml)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                builder.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<ReferenceRecord> Parse(string xml, bool lenient)
    {
        xml = EscapeControls(xml);
        var settings = new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment, CheckCharacters = false, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var records = new List<ReferenceRecord>();
        try
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Event")
                {
                    records.Add(Record((XElement)XNode.ReadFrom(reader)));
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException) when (lenient && !xml.TrimEnd().EndsWith("</Events>", StringComparison.Ordinal))
        {
            // The tool stopped on an error (python-evtx prints a traceback): what it wrote before counts.
        }

        return records;
    }

    private static ReferenceRecord Record(XElement e)
    {
        var system = Child(e, "System");
        string Text(string name) => Child(system, name) is { } element ? DirectText(element) : string.Empty;
        var data = new List<(string?, string)>();
        if (Child(e, "EventData") is { } eventData)
        {
            data.AddRange(eventData.Elements().Where(d => d.Name.LocalName == "Data").Select(d => (d.Attribute("Name")?.Value, DirectText(d))));
        }

        if (Child(e, "UserData") is { } userData)
        {
            data.AddRange(userData.Elements().SelectMany(w => w.Elements()).Select(f => ((string?)f.Name.LocalName, DirectText(f))));
        }

        var recordId = long.TryParse(Text("EventRecordID"), out var id) ? id : (long?)null;
        return new ReferenceRecord(
            recordId,
            Child(system, "TimeCreated")?.Attribute("SystemTime")?.Value,
            Child(system, "EventID") is { } eventId ? DirectText(eventId) : null,
            Text("Computer").Trim(),
            Text("Channel").Trim(),
            Child(system, "Provider")?.Attribute("Name")?.Value.Trim() ?? string.Empty,
            data);
    }

    private static XElement? Child(XElement? parent, string localName) => parent?.Elements().FirstOrDefault(c => c.Name.LocalName == localName);

    private static string DirectText(XElement element) => string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));
}
