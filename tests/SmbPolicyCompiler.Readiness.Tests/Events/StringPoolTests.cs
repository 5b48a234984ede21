using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class StringPoolTests
{
    [Fact]
    public void Get_SameTextTwice_GivesTheSameInstance()
    {
        var pool = new StringPool();

        var first = pool.Get("ClientName".AsSpan());
        var second = pool.Get("ClientName".ToCharArray());

        second.Should().BeSameAs(first).And.Be("ClientName");
    }

    [Fact]
    public void Get_ManyTexts_EachKeepsItsOwnInstanceThroughTheTableGrowing()
    {
        var pool = new StringPool();
        var texts = Enumerable.Range(0, 20_000).Select(i => $"\\\\ws-{i:D5}").ToList();

        var pooled = texts.Select(t => pool.Get(t.AsSpan())).ToList();
        var again = texts.Select(t => pool.Get(t.ToCharArray())).ToList();

        pooled.Should().Equal(texts);
        again.Zip(pooled).Should().OnlyContain(p => ReferenceEquals(p.First, p.Second));
        pool.Count.Should().Be(20_000);
    }

    [Fact]
    public void Get_TextsThatDifferOnlyInTheTail_AreNotConfused()
    {
        var pool = new StringPool();
        string[] texts = ["a", "b", "ab", "ba", "12345678", "12345679", "123456781", "123456782", new string('x', 64), new string('x', 63) + "y"];

        var pooled = texts.Select(t => pool.Get(t.AsSpan())).ToList();

        pooled.Should().Equal(texts);
        texts.Select(t => pool.Get(t.ToCharArray())).Zip(pooled).Should().OnlyContain(p => ReferenceEquals(p.First, p.Second));
    }

    [Fact]
    public void Get_WhenFull_StillGivesTheTextButPoolsNoMore()
    {
        var pool = new StringPool();
        for (var i = 0; i < StringPool.MaxEntries + 10; i++)
        {
            pool.Get($"v{i}".AsSpan()).Should().Be($"v{i}");
        }

        pool.Count.Should().Be(StringPool.MaxEntries);
        pool.Get("v5".ToCharArray()).Should().BeSameAs(pool.Get("v5".ToCharArray()));
        pool.Get("new".ToCharArray()).Should().NotBeSameAs(pool.Get("new".ToCharArray()));
    }

    [Fact]
    public void Get_EmptyOrLongText_IsNotPooled()
    {
        var pool = new StringPool();
        var longText = new string('z', StringPool.MaxLength + 1);

        pool.Get([]).Should().BeSameAs(string.Empty);
        pool.Get(longText.AsSpan()).Should().Be(longText);
        pool.Get(longText.AsSpan()).Should().NotBeSameAs(pool.Get(longText.AsSpan()));
        pool.Count.Should().Be(0);
    }
}
