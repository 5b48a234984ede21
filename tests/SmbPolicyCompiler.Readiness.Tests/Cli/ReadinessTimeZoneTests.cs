using SmbPolicyCompiler.Cli.Commands;

namespace SmbPolicyCompiler.Readiness.Tests.Cli;

public sealed class ReadinessTimeZoneTests
{
    [Theory]
    [InlineData("UTC", 0)]
    [InlineData("+02:00", 120)]
    [InlineData("UTC-05:30", -330)]
    [InlineData("+0100", 60)]
    [InlineData("Europe/Paris", 60)]
    public void TimeZone_KnownForms_AreRead(string text, int januaryOffsetMinutes)
    {
        ReadinessTimeZone.TryParse(text, out var zone, out var error).Should().BeTrue(error);

        zone!.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)).Should().Be(TimeSpan.FromMinutes(januaryOffsetMinutes));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("+25:00")]
    [InlineData("")]
    public void TimeZone_Unknown_IsRefusedWithTheForms(string text)
    {
        ReadinessTimeZone.TryParse(text, out _, out var error).Should().BeFalse();

        error.Should().Contain("Europe/Paris").And.Contain("+02:00");
    }
}
