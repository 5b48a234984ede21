using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Analysis;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

public sealed class SortedPeopleTests
{
    [Fact]
    public void Lists_AreEachClientsOwn_SortedOrdinally_AndOneInstancePerClient()
    {
        var first = new ClientTally(3, NetworkName.Parse("ws-1")!);
        var second = new ClientTally(1, NetworkName.Parse("ws-2")!);
        foreach (var user in new[] { "b\\zed", "B\\amy", "a\\Émile", "a\\bob" })
        {
            first.Users.Add(user);
        }

        first.Spns.Add("cifs/fs2");
        first.Spns.Add("CIFS/fs1");
        second.Users.Add("x\\only");

        var people = new SortedPeople([first, second], names: 4);

        people.Users(first).Should().Equal("B\\amy", "a\\bob", "a\\Émile", "b\\zed");
        people.Spns(first).Should().Equal("CIFS/fs1", "cifs/fs2");
        people.Users(second).Should().Equal("x\\only");
        people.Spns(second).Should().BeEmpty();
        people.Users(first).Should().BeSameAs(people.Users(first));
    }

    [Fact]
    public void AClientAddedAfterwards_IsRefused_NotGivenAnotherClientsLists()
    {
        var people = new SortedPeople([new ClientTally(0, NetworkName.Parse("ws-1")!)], names: 2);

        var late = new ClientTally(1, NetworkName.Parse("ws-2")!);

        FluentActions.Invoking(() => people.Users(late)).Should().Throw<InvalidOperationException>().WithMessage("*ws-2*");
    }
}
