using System.Text.RegularExpressions;
using SmbPolicyCompiler.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>
/// docs/ci.md points to the repository's action.yml and pipelines/azure-smbpol.yml instead of copy-paste: its workflows
/// parse, call the action or the template, and grant write access only where it is used. The behaviour the docs used to
/// carry is checked where it now lives: the plan is posted only when it ran and the token may write, one comment or
/// thread found again by a marker and updated in place, "could not run" (exit 2) never called risks.
/// </summary>
public class CiWorkflowDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "ci.md"));

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Yaml(string heading)
    {
        var section = Doc[Doc.IndexOf(heading, StringComparison.Ordinal)..];
        return Load(Regex.Match(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value);
    }

    private static YamlMappingNode Repository(params string[] path) => Load(File.ReadAllText(Path.Combine([RepoPaths.Root, .. path])));

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<YamlMappingNode> Steps(YamlNode owner) => ((YamlSequenceNode)((YamlMappingNode)owner)["steps"]).OfType<YamlMappingNode>();

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
    public void GitHub_JobsCallTheRepositorysAction_AndCopyNoSmbpolCommand()
    {
        var jobs = Map(Yaml("## GitHub Actions"), "jobs");

        foreach (var (job, command) in new[] { ("review", "review"), ("drift", "drift") })
        {
            var steps = Steps(Map(jobs, job)).ToList();
            var action = steps.Single(s => Scalar(s, "uses")?.Contains("/SmbPolicyCompiler@", StringComparison.Ordinal) == true);
            Scalar(Map(action, "with"), "command").Should().Be(command);
            steps.Select(s => Scalar(s, "run") ?? string.Empty).Should().NotContain(r => r.Contains("smbpol ", StringComparison.Ordinal));
        }

        Doc.Should().Contain("(../action.yml)").And.Contain("(../pipelines/azure-smbpol.yml)");
    }

    [Fact]
    public void Action_PlanComment_PostedOnlyWhenThePlanRanAndTheTokenMayWrite_OneCommentUpdatedInPlace()
    {
        var steps = Steps(Map(Repository("action.yml"), "runs")).ToList();

        var plan = steps.Single(s => Scalar(s, "id") == "plan");
        Scalar(plan, "run").Should().Contain("<!-- smbpol-plan -->", "a marker finds the comment the last run posted")
            .And.Contain("printed nothing", "the comment is never empty");
        var post = steps.Single(s => Scalar(s, "name") == "Post or update the plan comment");
        Scalar(post, "if").Should().Contain("steps.plan.outcome == 'success'").And.Contain("github.event.pull_request.head.repo.full_name == github.repository", "a fork's token cannot comment");
        var script = Scalar(post, "run")!;
        script.IndexOf("--method PATCH", StringComparison.Ordinal).Should().BePositive()
            .And.BeLessThan(script.IndexOf("--method POST", StringComparison.Ordinal), "a new comment only when none was found");
        var sarif = steps.Single(s => Scalar(s, "uses")?.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal) == true);
        Scalar(sarif, "continue-on-error").Should().Be("true", "a fork's token cannot upload SARIF; that must not fail the review");
    }

    [Fact]
    public void Azure_DocCallsTheTemplate_ForReviewAndDrift()
    {
        var stages = ((YamlSequenceNode)Yaml("## Azure Pipelines")["stages"]).Cast<YamlMappingNode>().ToList();

        foreach (var command in new[] { "review", "drift" })
        {
            var job = ((YamlSequenceNode)stages.Single(s => Scalar(s, "stage") == command)["jobs"]).Cast<YamlMappingNode>().Single();
            Scalar(job, "template").Should().Be("pipelines/azure-smbpol.yml@smbpol");
            Scalar(Map(job, "parameters"), "command").Should().Be(command);
        }
    }

    [Fact]
    public void Azure_PlanComment_UpdatesOneThreadAndSkipsAPlanThatCouldNotRun()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "pipelines", "azure-smbpol.yml"));
        var script = Regex.Match(template, @"- bash: \|\n((?:.*\n)*?)\s+displayName: Plan").Groups[1].Value;

        script.Should().Contain("smbpol plan").And.Contain("<!-- smbpol-plan -->", "a marker finds the thread the last run opened");
        var get = script.IndexOf("curl -sf -H \"$auth\" \"$threads?api-version=7.1\"", StringComparison.Ordinal);
        var patch = script.IndexOf("-X PATCH", StringComparison.Ordinal);
        var post = script.IndexOf("-X POST", StringComparison.Ordinal);
        get.Should().BePositive("the script looks for its thread first");
        patch.Should().BeGreaterThan(get);
        post.Should().BeGreaterThan(patch, "a new thread only when none was found");
        script.Should().Contain("if [ \"$code\" -le 1 ]", "exit 2 means plan could not run: there is nothing to post")
            .And.Contain("SYSTEM_PULLREQUEST_ISFORK", "a fork's build has no token to post with");
    }
}
