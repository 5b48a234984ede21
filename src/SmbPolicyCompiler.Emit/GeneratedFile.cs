using System.Security.Cryptography;
using SmbPolicyCompiler.Emit.Siem;

namespace SmbPolicyCompiler.Emit;

/// <summary>
/// One output file: its path below the output folder (forward slashes) and its exact bytes. A file that grows with the
/// estate (a row per host) may instead be written again whenever its bytes are wanted, so that compile streams it to
/// disk without holding it.
/// </summary>
public sealed record GeneratedFile
{
    private readonly byte[]? _content;
    private readonly Action<ChunkedUtf8Buffer>? _write;

    public GeneratedFile(string RelativePath, byte[] Content)
    {
        this.RelativePath = RelativePath;
        _content = Content;
    }

    /// <param name="write">Writes the file's bytes: the same bytes each time it is called.</param>
    internal GeneratedFile(string relativePath, Action<ChunkedUtf8Buffer> write)
    {
        RelativePath = relativePath;
        _write = write;
    }

    public string RelativePath { get; init; }

    /// <summary>The file's bytes (a streamed file's are written into a new array on each call).</summary>
    public byte[] Content
    {
        get => _content ?? ChunkedUtf8Buffer.WriteTwice(_write!);
        init => (_content, _write) = (value, null);
    }

    /// <summary>The path with the platform's separator, for writing below <paramref name="root"/>.</summary>
    public string FullPath(string root) => Path.Combine(root, RelativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes the bytes to <paramref name="stream"/> (a streamed file's a small buffer at a time) and returns their SHA-256.</summary>
    public byte[] WriteTo(Stream stream)
    {
        if (_content is not null)
        {
            stream.Write(_content);
            return SHA256.HashData(_content);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ChunkedUtf8Buffer.WriteThrough(_write!, chunk =>
        {
            stream.Write(chunk);
            hash.AppendData(chunk);
        });
        return hash.GetHashAndReset();
    }
}
