using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class NetworkNameCacheTests
{
    [Theory]
    [InlineData(@"\\WS-0042")]
    [InlineData("FS01.Contoso.COM.")]
    [InlineData(@"\\[2001:DB8::42]:50123")]
    [InlineData("10.0.0.1")]
    [InlineData("-")]
    [InlineData("1234")]
    public void Parse_GivesWhatParsingGives_TheSameInstanceEachTime(string raw)
    {
        var cache = new NetworkNameCache();

        var first = cache.Parse(raw);
        var again = cache.Parse(new string(raw.AsSpan()));

        (first == NetworkName.Parse(raw)).Should().BeTrue();
        again.Should().BeSameAs(first);
    }

    [Fact]
    public void Parse_DifferentRawNames_StayApart()
    {
        var cache = new NetworkNameCache();

        var names = new[] { "WS-1", "ws-2", @"\\WS-1", "10.0.0.1", "10.0.0.2", "WS-2" }.Select(cache.Parse).Select(n => n!.Value);

        names.Should().Equal("ws-1", "ws-2", "ws-1", "10.0.0.1", "10.0.0.2", "ws-2");
    }

    [Fact]
    public void Parse_PastTheLimit_StillParses()
    {
        var cache = new NetworkNameCache();
        for (var i = 0; i < NetworkNameCache.MaxEntries; i++)
        {
            cache.Parse("host-" + i);
        }

        cache.Parse("LATE-HOST").Should().Be(new NetworkName("late-host", NetworkNameKind.Name));
        cache.Parse(null).Should().BeNull();
    }

    [Fact]
    public void Parse_ManyNamesSharingSlots_EachGivesItsOwnName()
    {
        var cache = new NetworkNameCache();
        var raws = Enumerable.Range(0, 20_000).Select(i => "WS-" + i).ToArray();

        foreach (var raw in raws)
        {
            cache.Parse(raw);
        }

        raws.Select(cache.Parse).Select(n => n!.Value).Should().Equal(raws.Select(r => r.ToLowerInvariant()));
        raws.Select(r => cache.Parse(new string(r.AsSpan()))!.Value).Should().Equal(raws.Select(r => r.ToLowerInvariant()));
    }
}
