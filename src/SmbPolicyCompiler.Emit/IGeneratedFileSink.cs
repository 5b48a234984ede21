namespace SmbPolicyCompiler.Emit;

/// <summary>
/// Where the emitter puts each file as soon as it is produced (a staging folder, a comparison with the folder on disk,
/// or a list in memory), so that compile need not hold the whole output at once.
/// </summary>
public interface IGeneratedFileSink
{
    void Add(GeneratedFile file);
}
