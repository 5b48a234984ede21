using SmbPolicyCompiler.Cli;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>A policy case (Cases/&lt;name&gt;) compiled with the real CLI into a temp folder, removed on dispose.</summary>
internal sealed class CompiledCase : IDisposable
{
    public const string AsOf = "2026-11-21";

    private readonly TempFolder _folder = new("smbpol-scripts");

    public CompiledCase(string name)
    {
        Policy = RepoPaths.Tests("SmbPolicyCompiler.Scripts.Tests", "Cases", name);
        Output = _folder.Combine("generated");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(["compile", Policy, "--out", Output, "--as-of", AsOf], new CliConsole(stdout, stderr, false));
        exitCode.Should().Be(0, $"the case compiles:\n{stdout}{stderr}");
    }

    public string Policy { get; }

    public string Output { get; }

    public string Work(string name) => Directory.CreateDirectory(_folder.Combine(name)).FullName;

    public void Dispose() => _folder.Dispose();
}
