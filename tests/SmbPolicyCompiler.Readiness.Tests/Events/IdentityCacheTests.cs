using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class IdentityCacheTests
{
    [Fact]
    public void Get_AnInstanceMetBefore_IsNotLookedUpAgain()
    {
        var lookUps = new List<string>();
        var cache = new IdentityCache<string, int>(1 << 4, key => { lookUps.Add(key); return key.Length; });
        var name = new string("WS-0042".AsSpan());

        cache.Get(name).Should().Be(7);
        cache.Get(name).Should().Be(7);

        lookUps.Should().Equal("WS-0042");
    }

    [Fact]
    public void Get_EqualTextInAnotherInstance_IsLookedUpForItself()
    {
        var lookUps = 0;
        var cache = new IdentityCache<string, int>(1 << 4, _ => ++lookUps);
        var first = new string("FS01".AsSpan());
        var second = new string("FS01".AsSpan());

        cache.Get(first);
        var value = cache.Get(second);

        lookUps.Should().Be(2);
        value.Should().Be(2);
    }

    [Fact]
    public void Get_ManyInstancesSharingFewSlots_EachGetsItsOwnValue()
    {
        var cache = new IdentityCache<string, string>(1 << 2, key => key.ToUpperInvariant());
        var names = Enumerable.Range(0, 200).Select(i => $"client-{i}").ToList();

        foreach (var round in Enumerable.Range(0, 3))
        {
            names.Select(cache.Get).Should().Equal(names.Select(n => n.ToUpperInvariant()), $"round {round}");
        }
    }

    [Fact]
    public void New_SlotsNotAPowerOfTwo_IsRefused()
    {
        var create = () => new IdentityCache<string, int>(1000, _ => 0);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
