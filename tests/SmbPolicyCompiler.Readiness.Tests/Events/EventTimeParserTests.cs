using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class EventTimeParserTests
{
    [Theory]
    [InlineData("2025-10-01T08:15:30.1234567Z", "2025-10-01T08:15:30.1234567Z", true)]
    [InlineData("2015-09-18T17:53:40.294859800Z", "2015-09-18T17:53:40.2948598Z", true)]
    [InlineData("2020-07-21T23:34:18.918+02:00", "2020-07-21T21:34:18.918Z", true)]
    [InlineData("2020-07-21T23:34:18-0130", "2020-07-22T01:04:18Z", true)]
    [InlineData("2020-01-20 07:45:27.2812378", "2020-01-20T07:45:27.2812378Z", false)]
    public void TryParseIso_WithOrWithoutOffset(string text, string expectedUtc, bool hadOffset)
    {
        EventTimeParser.TryParseIso(text, out var utc, out var offset).Should().BeTrue();

        utc.Should().Be(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        utc.Kind.Should().Be(DateTimeKind.Utc);
        offset.Should().Be(hadOffset);
    }

    [Theory]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("2025-02-30T00:00:00Z")]
    [InlineData("2025-10-01T24:00:00Z")]
    [InlineData("2025-10-01T08:15:30.Z")]
    [InlineData("2025-10-01T08:15:30+2")]
    [InlineData("10/1/2025 8:15:30 AM")]
    public void TryParseIso_Invalid_IsRejected(string text)
    {
        EventTimeParser.TryParseIso(text, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("/Date(1595374458918)/", "2020-07-21T23:34:18.918Z")]
    [InlineData("\\/Date(1595374458918)\\/", "2020-07-21T23:34:18.918Z")]
    [InlineData("/Date(1595374458918+0200)/", "2020-07-21T23:34:18.918Z")]
    [InlineData("/Date(-1000)/", "1969-12-31T23:59:59Z")]
    public void TryParseMsJsonDate_MillisecondsAreUtc(string text, string expectedUtc)
    {
        EventTimeParser.TryParseMsJsonDate(text, out var utc).Should().BeTrue();

        utc.Should().Be(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Theory]
    [InlineData(null, "5/31/2026 4:36:21 PM", "2026-05-31T14:36:21Z")]
    [InlineData(null, "31.05.2026 16:36:21", "2026-05-31T14:36:21Z")]
    [InlineData(null, "31/05/2026 16:36:21", "2026-05-31T14:36:21Z")]
    [InlineData("en-US", "5/6/2026 4:36:21 PM", "2026-05-06T14:36:21Z")]
    [InlineData("en-GB", "5/6/2026 16:36:21", "2026-06-05T14:36:21Z")]
    [InlineData("nl-NL", "31-5-2026 16:36:21", "2026-05-31T14:36:21Z")]
    [InlineData("ja-JP", "2026/05/31 16:36:21", "2026-05-31T14:36:21Z")]
    public void CsvTimes_CultureFormatsInTheAssumedZone_AreFlagged(string? culture, string text, string expectedUtc)
    {
        var times = new TimeInterpreter(new EventReadOptions { CsvCulture = culture, AssumedTimeZone = Fixtures.Exports.Plus2 });

        times.TryParse(text, allowCultureFormats: true, out var utc, out var lacked).Should().BeTrue();

        utc.Should().Be(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        lacked.Should().BeTrue();
    }

    [Fact]
    public void CsvTimes_ExplicitFormat_IsTriedFirst()
    {
        var times = new TimeInterpreter(new EventReadOptions { CsvTimeFormats = ["yyyyMMdd HHmmss"] });

        times.TryParse("20260531 163621", allowCultureFormats: true, out var utc, out _).Should().BeTrue();

        utc.Should().Be(new DateTime(2026, 5, 31, 16, 36, 21, DateTimeKind.Utc));
    }
}
