namespace SmbPolicyCompiler.Emit.Output;

/// <summary>
/// An output folder being written: each file goes to a hidden staging folder beside the target as soon as it is added,
/// and only its SHA-256 is kept. <see cref="Commit"/> writes the manifest and swaps the staging folder in; disposing
/// without a commit deletes it, so the target is replaced all or nothing. Made by <see cref="OutputFolder.Stage"/>.
/// </summary>
public sealed class StagedOutput : IGeneratedFileSink, IDisposable
{
    private readonly string _folder;
    private readonly string _target;
    private readonly string _staging;
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private bool _done;

    internal StagedOutput(string folder, string target, string staging)
    {
        _folder = folder;
        _target = target;
        _staging = staging;
    }

    /// <exception cref="OutputFolderException">Writing failed; the staging folder is gone and the target unchanged.</exception>
    public void Add(GeneratedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ObjectDisposedException.ThrowIf(_done, this);
        if (file.RelativePath == OutputManifest.FileName)
        {
            return; // derived from the other files at commit
        }

        var path = file.FullPath(_staging);
        Guarded(() =>
        {
            var directory = Path.GetDirectoryName(path)!;
            if (_directories.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var stream = File.Create(path);
            _hashes[file.RelativePath] = OutputManifest.HashText(file.WriteTo(stream));
        });
    }

    /// <summary>Replaces the target with what was added, plus its manifest.</summary>
    /// <exception cref="OutputFolderException">The target holds files compile did not write, or writing or swapping failed (the target is unchanged).</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            OutputFolderGuard.CheckOnlyCompiledFiles(_folder, _target, _hashes);
            Guarded(() => File.WriteAllBytes(Path.Combine(_staging, OutputManifest.FileName), OutputManifest.Write(_hashes)));
            OutputFolder.Swap(_staging, _target, _folder);
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            OutputFolder.TryDelete(_staging);
        }
    }

    private void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Dispose();
            throw new OutputFolderException($"could not write the output ({error.Message}); '{_folder}' was not changed.", error);
        }
    }
}
