using System.Globalization;
using System.Xml;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>
/// JUnit XML for CI dashboards: a test suite per host, a test case per setting and source. Drift fails; unknown,
/// not visible and unmanaged are skipped with the reason; input that could not be read is an error in its own suite.
/// </summary>
public sealed class DriftJUnit : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.JUnit;

    public void Write(TextWriter output, DriftReport report)
    {
        using (var stream = new TextWriterStream(output))
        {
            Write(stream, report);
        }

        output.Write('\n');
    }

    internal static void Write(Stream output, DriftReport report)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), NewLineChars = "\n" });
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "smbpol drift");
        Counts(xml, report.Findings, report.Notes.Count);
        foreach (var host in report.Findings.GroupBy(f => f.Host, StringComparer.OrdinalIgnoreCase))
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", host.Key);
            Counts(xml, host.ToList(), 0);
            foreach (var f in host)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", f.Control == "-" ? f.Host : $"{f.Host}.{f.Control}");
                xml.WriteAttributeString("name", f.Setting == "-" ? $"host via {f.Source}" : $"{f.Setting} via {f.Source}");
                if (f.Status == DriftStatus.Drifted)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", $"expected {f.Expected}, actual {f.Actual}");
                    xml.WriteString($"{f.Detail}\nexpected by {DriftText.ExpectedBy(f)}");
                    xml.WriteEndElement();
                }
                else if (f.Status != DriftStatus.Compliant)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", $"{f.Status.Words()}: {f.Detail}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        WriteNotes(xml, report.Notes);
        xml.WriteEndElement();
    }

    private static void WriteNotes(XmlWriter xml, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "input");
        xml.WriteAttributeString("tests", Text(notes.Count));
        xml.WriteAttributeString("errors", Text(notes.Count));
        for (var i = 0; i < notes.Count; i++)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "input");
            xml.WriteAttributeString("name", $"input {i + 1}");
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", notes[i]);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, IReadOnlyCollection<DriftFinding> findings, int errors)
    {
        xml.WriteAttributeString("tests", Text(findings.Count + errors));
        xml.WriteAttributeString("failures", Text(findings.Count(f => f.Status == DriftStatus.Drifted)));
        xml.WriteAttributeString("errors", Text(errors));
        xml.WriteAttributeString("skipped", Text(findings.Count(f => f.Status is not (DriftStatus.Drifted or DriftStatus.Compliant))));
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
