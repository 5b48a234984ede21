using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class PackedRecordTests
{
    private static readonly AuditEvent Record = new()
    {
        Computer = "FS01",
        Channel = AuditChannels.ChannelOf(AuditSide.Server),
        Provider = "",
        EventId = 3021,
        Fields = EventFields.Empty,
    };

    [Fact]
    public void PackedFlags_EachBitAndNullableKeepsItsOwnValue()
    {
        var flags = default(PackedFlags);

        flags.SetNullable(0, false);
        flags.SetNullable(2, true);
        flags.Set(5, true);

        (flags.Nullable(0), flags.Nullable(2), flags.Nullable(6), flags.IsSet(4), flags.IsSet(5)).Should().Be((false, true, (bool?)null, false, true));
        flags.SetNullable(2, null);
        flags.Set(5, false);
        (flags.Nullable(0), flags.Nullable(2), flags.IsSet(5)).Should().Be((false, (bool?)null, false));
    }

    [Fact]
    public void AuditEvent_ZeroAndAbsentValues_StayApart()
    {
        var zero = Record with { Version = 0, Level = 0, RecordId = 0, TimeUtc = DateTime.MinValue, TimeLacksOffset = true };

        (Record.Version, Record.Level, Record.RecordId, Record.TimeUtc, Record.TimeLacksOffset, Record.FieldsFromMessage)
            .Should().Be(((int?)null, (int?)null, (long?)null, (DateTime?)null, false, false));
        (zero.Version, zero.Level, zero.RecordId, zero.TimeUtc, zero.TimeLacksOffset).Should().Be(((int?)0, (int?)0, (long?)0, (DateTime?)DateTime.MinValue, true));
        zero.Should().NotBe(Record);
        (zero with { Version = null, Level = null, RecordId = null, TimeUtc = null, TimeLacksOffset = false }).Should().Be(Record);
    }

    [Fact]
    public void SmbAuditEvent_ZeroFalseAndAbsentValues_StayApart()
    {
        var absent = new SmbAuditEvent { Kind = AuditEvents.All[0], Side = AuditSide.Server, Raw = Record };
        var set = absent with
        {
            Version = 0, ServerRequiresSigning = false, ServerRequiresEncryption = true, EncryptionNotSupportedType = 0,
            ClientRequiresSigning = false, ClientRequiresEncryption = true, Status = 0xC000_0022, SpnValidationPolicy = 0,
            ServiceClassIsValid = false, PrincipalNameIsValid = true, TimeUtc = DateTime.UnixEpoch, TimeLacksOffset = true,
            DataMissing = true, FieldsFromMessage = true,
        };

        (absent.Version, absent.ServerRequiresSigning, absent.EncryptionNotSupportedType, absent.Status, absent.TimeUtc, absent.DataMissing)
            .Should().Be(((int?)null, (bool?)null, (uint?)null, (uint?)null, (DateTime?)null, false));
        (set.Version, set.ServerRequiresSigning, set.ServerRequiresEncryption, set.EncryptionNotSupportedType, set.ClientRequiresSigning,
            set.ClientRequiresEncryption, set.Status, set.SpnValidationPolicy)
            .Should().Be(((int?)0, (bool?)false, (bool?)true, (uint?)0, (bool?)false, (bool?)true, (uint?)0xC000_0022, (uint?)0));
        (set.ServiceClassIsValid, set.PrincipalNameIsValid, set.TimeUtc, set.TimeLacksOffset, set.DataMissing, set.FieldsFromMessage)
            .Should().Be(((bool?)false, (bool?)true, (DateTime?)DateTime.UnixEpoch, true, true, true));
        set.Should().NotBe(absent);
        (set with { ServerRequiresSigning = null }).ServerRequiresEncryption.Should().BeTrue();
    }
}
