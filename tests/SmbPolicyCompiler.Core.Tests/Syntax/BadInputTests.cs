using System.Diagnostics;
using System.Text;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests.Syntax;

public class BadInputTests
{
    private static PolicyCompilation LoadFolder(Action<TempFolder> fill)
    {
        using var folder = new TempFolder("smbpol-bad");
        fill(folder);
        return PolicyLoader.Load(folder.Path, PolicyFixture.AsOf, "p");
    }

    [Fact]
    public void Load_FiftyMegabyteFile_ReportsSMB0003WithoutReadingIt()
    {
        var watch = Stopwatch.StartNew();
        var compilation = LoadFolder(folder =>
        {
            // One comment line, then a sparse tail: the size is what counts, and making it takes no time on a busy machine.
            using var stream = File.Create(folder.Combine("huge.yaml"));
            stream.Write(Encoding.UTF8.GetBytes("# padding padding padding padding padding padding padding padding\n"));
            stream.SetLength(50L * 1024 * 1024);
        });

        compilation.Single("SMB0003").Message.Should().Contain("50.0 MB").And.Contain("limited to 10 MB");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Load_AliasBomb_ReportsSMB0009QuicklyAndInBoundedMemory()
    {
        var yaml = new StringBuilder("policy: { name: x, domain: corp.example.com }\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var compilation = LoadFolder(folder => folder.Write("bomb.yaml", yaml.ToString()));

        compilation.Single("SMB0009").Message.Should().Contain("aliases expand");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        (GC.GetTotalMemory(false) - before).Should().BeLessThan(200L * 1024 * 1024);
    }

    [Fact]
    public void Load_UnclosedFlowSequenceBeforeMoreItems_ReportsSMB0006InsteadOfCrashing()
    {
        var compilation = LoadFolder(folder => folder.Write("rings.yaml", "rings:\n  - name: [unclosed\n  - name: pilot\n    groups: [a]\n"));

        compilation.Single("SMB0006").Location.ToString().Should().StartWith("p/rings.yaml(");
    }

    [Fact]
    public void Load_MissingPath_ReportsSMB0002AsUnreadableInput()
    {
        var compilation = PolicyLoader.Load("/nonexistent/policies", PolicyFixture.AsOf);

        compilation.Single("SMB0002").Message.Should().Contain("no such file or folder");
        compilation.InputUnreadable.Should().BeTrue();
    }

    [Fact]
    public void Load_FolderWithoutPolicyFiles_IsUnreadableInput()
    {
        var compilation = LoadFolder(folder => folder.Write("notes.txt", "hello"));

        compilation.Single("SMB0001");
        compilation.InputUnreadable.Should().BeTrue();
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16le-without-bom")]
    public void Load_OtherUnicodeEncodings_AreAccepted(string encodingName)
    {
        var text = PolicyFixture.Policy + PolicyFixture.Groups + PolicyFixture.Rings;
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16le-without-bom" => new UnicodeEncoding(false, false),
            _ => new UnicodeEncoding(true, true),
        };

        var compilation = LoadFolder(folder => folder.Write("policy.yaml", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]));

        compilation.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Load_HiddenFoldersAndOtherExtensions_AreIgnored()
    {
        var compilation = LoadFolder(folder =>
        {
            folder.Write("policy.yml", PolicyFixture.Policy + PolicyFixture.Groups + PolicyFixture.Rings);
            folder.Write(".git/config.yaml", "not: [a policy");
            folder.Write("README.md", "# docs");
        });

        compilation.Diagnostics.Should().BeEmpty();
        compilation.Model!.Files.Should().Equal("p/policy.yml");
    }

    [Fact]
    public void Load_SingleFile_IsAccepted()
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.yaml", PolicyFixture.Policy + PolicyFixture.Groups + PolicyFixture.Rings);

        var compilation = PolicyLoader.Load(path, PolicyFixture.AsOf);

        compilation.Diagnostics.Should().BeEmpty();
        compilation.Resolved!.Hosts.Should().HaveCount(3);
    }
}
