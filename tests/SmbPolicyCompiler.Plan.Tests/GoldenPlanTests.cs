using SmbPolicyCompiler.Plan.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>Each plan case renders to a reviewed Markdown comment and text summary (SMBPOL_UPDATE_GOLDEN=1 rewrites them).</summary>
public class GoldenPlanTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(PlanCases.Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_Case_MatchesGoldenMarkdownTextAndJson(string name)
    {
        var plan = PlanCases.Build(name);
        var markdown = new StringWriter { NewLine = "\n" };
        var text = new StringWriter { NewLine = "\n" };
        var json = new StringWriter { NewLine = "\n" };

        new PlanMarkdown().Write(markdown, plan);
        new PlanText().Write(text, plan);
        new PlanJson().Write(json, plan);

        Golden.AssertText(Path.Combine(PlanCases.Root, name, "expected.md"), markdown.ToString());
        Golden.AssertText(Path.Combine(PlanCases.Root, name, "expected.txt"), text.ToString());
        Golden.AssertText(Path.Combine(PlanCases.Root, name, "expected.json"), json.ToString());
    }
}
