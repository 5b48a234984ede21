using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class BatchPoolTests
{
    [Fact]
    public void Return_UsedBatch_IsClearedAndRentedAgain()
    {
        var pool = new BatchPool();
        var batch = pool.Rent();
        var record = new AuditEvent { Computer = "fs01", Channel = "c", Provider = "p", EventId = 3000, Fields = EventFields.Empty, RecordId = 7 };
        batch[0] = new PreparedEvent(record, RecordClass.Audit, "c", null);
        batch[1] = batch[0];

        pool.Return(new ArraySegment<PreparedEvent>(batch, 0, 2));

        Assert.Equal(BatchPool.BatchSize, batch.Length);
        Assert.All(batch, e => Assert.Null(e.Record));
        Assert.Same(batch, pool.Rent());
        Assert.NotSame(batch, pool.Rent());
    }

    [Fact]
    public void PreparedEvent_CopiesTheValuesTheInOrderThreadNeeds()
    {
        var record = new AuditEvent
        {
            Computer = "fs01", Channel = "c", Provider = "p", EventId = 3021, Fields = EventFields.Empty, TimeLacksOffset = true,
            Location = new EventLocation("a.xml", 12, 3),
        };

        var prepared = new PreparedEvent(record, RecordClass.Audit, "c", null);

        Assert.Equal(("fs01", -1L, 3021, true, new EventLocation("a.xml", 12, 3)),
            (prepared.Computer, prepared.RecordId, prepared.EventId, prepared.TimeLacksOffset, prepared.PartLocation));
    }
}
