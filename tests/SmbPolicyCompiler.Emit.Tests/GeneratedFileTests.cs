using System.Security.Cryptography;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>A file streamed to disk (its writer called whenever its bytes are wanted) gives the bytes of a file held whole.</summary>
public sealed class GeneratedFileTests : IDisposable
{
    private readonly TempFolder _temp = new("smbpol-generated-file");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WriteTo_AStreamedFile_WritesTheBytesOfContentAndReturnsTheirSha256()
    {
        // Past several 64 KB chunks, with two-byte characters across chunk boundaries.
        var file = new GeneratedFile("big.csv", buffer =>
        {
            for (var i = 0; i < 40_000; i++)
            {
                buffer.Append($"row-{i},é\n");
            }
        });
        using var stream = new MemoryStream();

        var hash = file.WriteTo(stream);

        stream.ToArray().Should().Equal(file.Content);
        file.Content.Length.Should().BeGreaterThan(4 * 64 * 1024);
        hash.Should().Equal(SHA256.HashData(file.Content));
    }

    [Fact]
    public void WriteTo_AHeldFile_WritesItsBytesAndReturnsTheirSha256()
    {
        var file = new GeneratedFile("small.txt", [1, 2, 3]);
        using var stream = new MemoryStream();

        var hash = file.WriteTo(stream);

        stream.ToArray().Should().Equal(new byte[] { 1, 2, 3 });
        hash.Should().Equal(SHA256.HashData(new byte[] { 1, 2, 3 }));
    }

    [Fact]
    public void Compile_StreamedSiemLookups_OnDiskEqualTheInMemoryResult()
    {
        var policy = EmitFixture.Resolve(EmitFixture.Case("small"));
        var target = _temp.Combine("generated");
        using (var staged = OutputFolder.Stage(target))
        {
            PolicyEmitter.Emit(policy, null, staged).HasErrors.Should().BeFalse();
            staged.Commit();
        }

        foreach (var file in PolicyEmitter.Emit(policy).Files)
        {
            File.ReadAllBytes(file.FullPath(target)).Should().Equal(file.Content, file.RelativePath);
        }

        OutputFolder.Compare(target, PolicyEmitter.Emit(policy).Files).Should().BeEmpty("the manifest holds the streamed files' hashes");
    }
}
