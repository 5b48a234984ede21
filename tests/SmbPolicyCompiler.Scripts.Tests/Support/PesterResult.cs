using System.Globalization;
using System.Xml.Linq;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>What a Pester run reported (NUnit 3 XML): every test case, and every failure with its message.</summary>
internal sealed record PesterResult(IReadOnlyList<PesterCase> Cases, IReadOnlyList<string> Failures, string Output)
{
    public static PesterResult Read(XDocument nunit, string output)
    {
        var cases = nunit.Descendants("test-case")
            .Select(c => new PesterCase((string?)c.Attribute("fullname") ?? "", (string?)c.Attribute("result") ?? "", Message(c)))
            .ToList();
        var failures = cases.Where(c => c.Result != "Passed").Select(c => $"{c.Result}: {c.Name}\n    {c.Message}").ToList();
        // A block whose setup failed fails as a suite, possibly with no test case under it.
        failures.AddRange(nunit.Descendants("test-suite")
            .Where(s => (string?)s.Attribute("result") == "Failed" && s.Element("failure") is not null && !s.Descendants("test-case").Any(c => (string?)c.Attribute("result") == "Failed"))
            .Select(s => $"Failed: {(string?)s.Attribute("fullname")}\n    {Message(s)}"));
        return new PesterResult(cases, failures, output);
    }

    /// <summary>Fails the xunit test unless at least <paramref name="minimum"/> cases ran and every one passed (no skips).</summary>
    public PesterResult ShouldAllPass(int minimum)
    {
        Failures.Should().BeEmpty("every Pester case must pass; Pester's output:\n" + Output);
        Cases.Count.Should().BeGreaterThanOrEqualTo(minimum, "the suite must run its cases (Pester's output:\n" + Output + ")");
        return this;
    }

    public int Count(string namePart) => Cases.Count(c => c.Name.Contains(namePart, StringComparison.Ordinal));

    private static string Message(XElement element) =>
        string.Join("\n    ", new[] { element.Element("failure")?.Element("message")?.Value, element.Element("failure")?.Element("stack-trace")?.Value }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!.Trim().ToString(CultureInfo.InvariantCulture)));
}

internal sealed record PesterCase(string Name, string Result, string Message);
