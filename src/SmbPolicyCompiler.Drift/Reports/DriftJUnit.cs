using System.Xml;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>JUnit XML for CI dashboards: a test suite per host, a test case per setting and source; drift fails, unknown is skipped.</summary>
public static class DriftJUnit
{
    public static void Write(Stream output, DriftReport report)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "smbpol drift");
        xml.WriteAttributeString("tests", report.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", report.Count(DriftStatus.Drifted).ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", report.Count(DriftStatus.Unknown).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var host in report.Findings.GroupBy(f => f.Host, StringComparer.OrdinalIgnoreCase))
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", host.Key);
            xml.WriteAttributeString("tests", host.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", host.Count(f => f.Status == DriftStatus.Drifted).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("skipped", host.Count(f => f.Status == DriftStatus.Unknown).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var f in host)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", $"{f.Host}.{f.Control}");
                xml.WriteAttributeString("name", $"{f.Setting} via {f.Source}");
                if (f.Status == DriftStatus.Drifted)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", $"expected {f.Expected}, actual {f.Actual}");
                    xml.WriteString(f.Detail + (f.DecidedBy is { } by ? $"\nexpected by {by.Describe()}" : ""));
                    xml.WriteEndElement();
                }
                else if (f.Status == DriftStatus.Unknown)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", f.Detail);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
