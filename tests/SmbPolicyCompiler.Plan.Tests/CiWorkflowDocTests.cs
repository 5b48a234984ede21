using System.Text.RegularExpressions;
using SmbPolicyCompiler.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>
/// The pipelines docs/ci.md tells users to copy: they parse, grant write access only where it is used, post the plan only
/// when it ran (exit 0 or 1), never call "could not run" (exit 2) risks, skip commenting where the token cannot write
/// (fork pull requests), and update one Azure thread instead of opening one per run.
/// </summary>
public class CiWorkflowDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "ci.md"));

    private static YamlMappingNode Yaml(string heading)
    {
        var section = Doc[Doc.IndexOf(heading, StringComparison.Ordinal)..];
        var block = Regex.Match(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var stream = new YamlStream();
        stream.Load(new StringReader(block));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static IEnumerable<YamlMappingNode> Steps(YamlNode job) => ((YamlSequenceNode)((YamlMappingNode)job)["steps"]).Cast<YamlMappingNode>();

    private static YamlNode? Optional(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? value : null;

    private static IEnumerable<string> Writes(YamlNode? permissions) => permissions is YamlMappingNode map
        ? map.Children.Where(p => ((YamlScalarNode)p.Value).Value == "write").Select(p => ((YamlScalarNode)p.Key).Value!)
        : [];

    [Fact]
    public void GitHub_WritePermissions_OnlyOnTheJobThatCommentsAndUploads()
    {
        var workflow = Yaml("## GitHub Actions");
        var jobs = Map(workflow, "jobs");

        Writes(Optional(workflow, "permissions")).Should().BeEmpty("workflow-level permissions reach every job");
        Writes(Optional(Map(jobs, "drift"), "permissions")).Should().BeEmpty("drift runs on a self-hosted runner inside the network");
        Writes(Map(Map(jobs, "review"), "permissions")).Should().BeEquivalentTo("pull-requests", "security-events");
    }

    [Fact]
    public void GitHub_PlanComment_PostedOnlyWhenThePlanRanAndTheTokenMayWrite()
    {
        var review = Map(Map(Yaml("## GitHub Actions"), "jobs"), "review");
        var steps = Steps(review).ToList();

        var post = steps.Single(s => Scalar(s, "run")?.Contains("gh pr comment", StringComparison.Ordinal) == true);
        var condition = Scalar(post, "if");
        condition.Should().NotBeNull("an unconditional step posts an empty comment when plan could not run");
        condition.Should().Contain("steps.plan.outputs.exit == '0'").And.Contain("steps.plan.outputs.exit == '1'")
            .And.Contain("github.event.pull_request.head.repo.full_name == github.repository", "a fork's token cannot comment");
        steps.Where(s => Scalar(s, "uses")?.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal) == true)
            .Should().OnlyContain(s => Scalar(s, "if")!.Contains("github.event.pull_request.head.repo.full_name == github.repository"));
    }

    [Fact]
    public void GitHub_CouldNotRun_IsNotCalledRisks()
    {
        var steps = Steps(Map(Map(Yaml("## GitHub Actions"), "jobs"), "review")).ToList();

        var risks = steps.Single(s => Scalar(s, "name") == "Risks or errors need a reviewer");
        Scalar(risks, "if").Should().Be("steps.plan.outputs.exit == '1'");
        var broken = steps.Single(s => Scalar(s, "name") == "Plan could not run");
        Scalar(broken, "if").Should().Contain("steps.plan.outputs.exit != '0'").And.Contain("steps.plan.outputs.exit != '1'");
        Scalar(broken, "run").Should().Contain("could not run");
    }

    [Fact]
    public void Azure_PlanComment_UpdatesOneThreadAndSkipsAPlanThatCouldNotRun()
    {
        var stages = ((YamlSequenceNode)Yaml("## Azure Pipelines")["stages"]).Cast<YamlMappingNode>();
        var review = ((YamlSequenceNode)stages.Single(s => Scalar(s, "stage") == "review")["jobs"]).Cast<YamlMappingNode>().Single();
        var script = Steps(review).Select(s => Scalar(s, "script")).Single(s => s?.Contains("smbpol plan", StringComparison.Ordinal) == true)!;

        script.Should().Contain("<!-- smbpol plan -->", "a marker finds the thread the last run opened");
        var get = script.IndexOf("curl -sf -H \"$auth\" \"$threads?api-version=7.1\"", StringComparison.Ordinal);
        var patch = script.IndexOf("-X PATCH", StringComparison.Ordinal);
        var post = script.IndexOf("-X POST", StringComparison.Ordinal);
        get.Should().BePositive("the script looks for its thread first");
        patch.Should().BeGreaterThan(get);
        post.Should().BeGreaterThan(patch, "a new thread only when none was found");
        script.Should().Contain("if [ \"$code\" -le 1 ]", "exit 2 means plan could not run: there is nothing to post");
    }
}
