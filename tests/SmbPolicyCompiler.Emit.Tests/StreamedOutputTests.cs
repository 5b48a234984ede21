using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Compile streams: each file reaches the staging folder as it is produced, and none stays in memory.</summary>
public sealed class StreamedOutputTests : IDisposable
{
    private readonly TempFolder _temp = new("smbpol-streamed");

    private string Target => _temp.Combine("generated");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EmitToASink_HandsOverTheSameFilesAsTheInMemoryResult_AndKeepsNone()
    {
        var policy = EmitFixture.Resolve(EmitFixture.Case("small"));
        var sink = new Recorder();

        var streamed = PolicyEmitter.Emit(policy, null, sink);

        var inMemory = PolicyEmitter.Emit(policy);
        streamed.Files.Should().BeEmpty();
        streamed.FileCount.Should().Be(inMemory.Files.Count).And.Be(sink.Files.Count);
        sink.Files.ToDictionary(f => f.RelativePath, f => Convert.ToHexString(f.Content))
            .Should().BeEquivalentTo(inMemory.Files.ToDictionary(f => f.RelativePath, f => Convert.ToHexString(f.Content)));
        streamed.Rings.Should().BeEquivalentTo(inMemory.Rings);
    }

    [Fact]
    public void StagedOutput_WritesEachFileAsItIsAdded_AndWithoutCommitLeavesNothing()
    {
        var policy = EmitFixture.Resolve(EmitFixture.Case("small"));
        var onDiskAtEachAdd = new List<int>();
        using (var staged = OutputFolder.Stage(Target))
        {
            var result = PolicyEmitter.Emit(policy, null, new Recorder(file =>
            {
                staged.Add(file);
                onDiskAtEachAdd.Add(StagedFiles());
            }));

            result.HasErrors.Should().BeFalse();
            onDiskAtEachAdd.Should().Equal(Enumerable.Range(1, result.FileCount), "each file is on disk as soon as it is added");
        }

        Directory.Exists(Target).Should().BeFalse("nothing was committed");
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty("disposing deletes the staging folder");
    }

    [Fact]
    public void StagedOutput_Commit_WritesTheFilesAndTheirManifest()
    {
        using (var staged = OutputFolder.Stage(Target))
        {
            staged.Add(new GeneratedFile("b/two.txt", [2]));
            staged.Add(new GeneratedFile("one.txt", [1]));
            staged.Commit();
        }

        File.ReadAllText(Path.Combine(Target, OutputManifest.FileName)).Should().Be(
            $"{OutputManifest.Hash([2])}  b/two.txt\n{OutputManifest.Hash([1])}  one.txt\n");
        File.ReadAllBytes(Path.Combine(Target, "b", "two.txt")).Should().Equal(2);
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty();
    }

    private int StagedFiles() =>
        Directory.EnumerateDirectories(_temp.Path, ".generated.smbpol-new-*").Sum(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Count());

    private sealed class Recorder(Action<GeneratedFile>? then = null) : IGeneratedFileSink
    {
        public List<GeneratedFile> Files { get; } = [];

        public void Add(GeneratedFile file)
        {
            Files.Add(file);
            then?.Invoke(file);
        }
    }
}
