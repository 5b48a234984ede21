using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// Point 8 of issue 9, hostile names executed: Cases/hostile puts code that would create a file named canary-* (and
/// %PATH%, ${env:PATH}) into every name and text a policy holds. Its compile runs through the same suites as
/// generated/ — Apply, Rollback, Collect, Import — where every value must arrive exactly as written and the guard
/// must refuse nothing; then no canary file may exist anywhere.
/// </summary>
[Trait("Category", "Interop")]
public class HostileTests
{
    private static readonly int[] Builds = [14393, 26100];

    [Fact]
    public void HostilePolicy_EveryScriptRuns_AndNoNameRunsAsCode()
    {
        using var hostile = new CompiledCase("hostile");
        var policy = HostCases.Load(hostile.Policy);
        var hosts = HostCases.For(policy, hostile.Output);
        var imports = ImportCases.For(policy, hostile.Output);
        hosts.Should().HaveCountGreaterThanOrEqualTo(3, "servers, clients and the held host");

        PesterSuite.Run("Apply", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = hostile.Work("apply"),
            ["Collect"] = Path.Combine(hostile.Output, "Collect-SmbState.ps1"),
            ["Schema"] = Path.Combine(RepoPaths.Schemas, "collector.schema.json"),
            ["Cases"] = hosts,
            ["Builds"] = Builds,
        }).ShouldAllPass(hosts.Count * Builds.Length * 6);
        PesterSuite.Run("Rollback", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = hostile.Work("rollback"),
            ["Cases"] = hosts,
            ["Builds"] = Builds,
        }).ShouldAllPass(hosts.Count * Builds.Length * 8);
        PesterSuite.Run("Import", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = hostile.Work("import"),
            ["Cases"] = imports,
        }).ShouldAllPass(imports.Sum(ImportCases.ExpectedPesterCases));

        var canaries = new[] { hostile.Work("."), RepoPaths.Root, Path.GetTempPath() }
            .SelectMany(folder => Directory.EnumerateFileSystemEntries(folder, "canary*", new EnumerationOptions { RecurseSubdirectories = folder != Path.GetTempPath(), IgnoreInaccessible = true }))
            .ToList();
        canaries.Should().BeEmpty("a name from the policy ran as code");
    }
}
