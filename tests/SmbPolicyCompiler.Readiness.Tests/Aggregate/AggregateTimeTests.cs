using System.Globalization;
using SmbPolicyCompiler.Readiness.Events.Aggregate;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

/// <summary>The aggregate's times: the fast path for the queries' own form agrees with .NET's general ISO 8601 parser.</summary>
public class AggregateTimeTests
{
    [Theory]
    [InlineData("2025-09-01T08:00:00Z")]
    [InlineData("2025-09-01T08:00:00.1234567Z")]
    [InlineData("2025-09-01T08:00:00.5Z")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("2025-09-01 08:00:00Z")]
    [InlineData("2025-09-01T10:00:00+02:00")]
    [InlineData("2025-09-01T08:00:00.0000000Z")]
    public void Time_AgreesWithTheGeneralParser(string text)
    {
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime;

        var parsed = AggregateValues.Time(text, out var error);

        error.Should().BeNull();
        parsed.Should().Be(expected);
        parsed!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("2025-02-29T08:00:00Z")]
    [InlineData("2025-13-01T08:00:00Z")]
    [InlineData("2025-09-01T08:00:00")]
    [InlineData("2025-09-0xT08:00:00Z")]
    public void Time_RefusesWhatIsNoIsoTimeWithAnOffset(string text)
    {
        AggregateValues.Time(text, out var error).Should().BeNull();
        error.Should().NotBeNull();
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-12-31", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-1-10", false)]
    public void Day_IsACalendarDate(string text, bool valid)
    {
        var day = AggregateValues.Day(text, out var error);

        if (valid)
        {
            day.Should().Be(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            error.Should().BeNull();
        }
        else
        {
            day.Should().BeNull();
            error.Should().NotBeNull();
        }
    }
}
