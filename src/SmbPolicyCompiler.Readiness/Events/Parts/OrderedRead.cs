namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads parts on every core (<see cref="PartPipeline"/>) and gives their records back in file order, each placed in its
/// file (lines and ordinals counted from the file's start); each file's problems, counts and summary go to the report
/// once its last part is done — what reading the files one after another gives.
/// </summary>
internal sealed class OrderedRead(EventReadOptions options, ReadReportBuilder report)
{
    /// <summary>The part whose records are being handed out; for progress displays.</summary>
    public PartRead? Current { get; private set; }

    /// <param name="parts">The parts of the files, in order.</param>
    /// <param name="fileStarting">Called with the number of files begun before, as each file begins.</param>
    public IEnumerable<PreparedEvent> Records(IEnumerable<ReadPart> parts, Action<int>? fileStarting = null)
    {
        foreach (var batch in Batches(parts, fileStarting))
        {
            foreach (var prepared in batch)
            {
                yield return prepared;
            }
        }
    }

    /// <summary>The records in batches, in order, each record already placed in its file; a batch is reused once the next is asked for.</summary>
    /// <param name="parts">The parts of the files, in order.</param>
    /// <param name="fileStarting">Called with the number of files begun before, as each file begins.</param>
    public IEnumerable<ArraySegment<PreparedEvent>> Batches(IEnumerable<ReadPart> parts, Action<int>? fileStarting = null)
    {
        using var pipeline = new PartPipeline(parts, options);
        FileAssembly? file = null;
        var files = 0;
        foreach (var read in pipeline.InOrder())
        {
            if (read.Part.IsFirst)
            {
                fileStarting?.Invoke(files++);
                file = new FileAssembly(read.Part.File, report);
            }

            Current = read;
            var offsets = file!.Offsets;
            foreach (var batch in read.Batches.GetConsumingEnumerable())
            {
                if (!read.Part.IsFirst)
                {
                    Place(batch, offsets);
                }

                yield return batch;
                read.Recycle(batch);
            }

            read.ThrowIfFailed();
            file.Add(read);
            if (read.Part.IsLast)
            {
                file.Finish();
            }
        }
    }

    private static void Place(ArraySegment<PreparedEvent> batch, PartOffsets offsets)
    {
        foreach (var prepared in batch)
        {
            var location = prepared.PartLocation;
            prepared.Record.Location = location with { Line = location.Line > 0 ? location.Line + offsets.Lines : 0, Record = location.Record + offsets.Records };
        }
    }
}
