using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Analysis;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>The controls catalogue is the only table of event ids: the readers and the verdicts know exactly its events.</summary>
public sealed class CatalogueEventsTests
{
    [Fact]
    public void Templates_CoverEveryCatalogueEvent_AndNoOther()
    {
        EventTemplates.All.Select(t => t.Kind).Distinct().OrderBy(k => k.Id).Should().Equal(AuditEvents.All);
    }

    [Fact]
    public void Templates_LogOnTheCatalogueSide()
    {
        foreach (var template in EventTemplates.All)
        {
            var expected = template.Kind.LoggedBy == Side.Server ? AuditSide.Server : AuditSide.Client;
            template.Side.Should().Be(expected, template.Kind.ToString());
        }
    }

    [Fact]
    public void EveryEvidenceEvent_IsJudged()
    {
        foreach (var control in ControlCatalogue.All.Where(c => c.Evidence.Count > 0))
        {
            var scope = ControlScope.For(control);
            scope.Should().NotBeNull(control.Key);
            scope!.EvidenceIds.Should().BeEquivalentTo(control.Evidence.Select(e => e.EventId), control.Key);
        }
    }
}
