namespace SmbPolicyCompiler.Core.Rules;

/// <summary>Every semantic rule, in code order.</summary>
internal static class RuleSet
{
    public static IReadOnlyList<IPolicyRule> All { get; } =
    [
        new UnknownGroupInRingRule(),
        new DuplicateNameRule(),
        new GroupInTwoRingsRule(),
        new HostInTwoGroupsRule(),
        new GroupInNoRingRule(),
        new MembershipNeedsInventoryRule(),
        new GroupMatchesNothingRule(),
        new FilteredHostNotInInventoryRule(),
        new EnforceWithoutAuditRule(),
        new MinimumAuditDaysRule(),
        new LaterRingStricterRule(),
        new StageDateOrderRule(),
        new FutureStageDateRule(),
        new SigningWithSmb1Rule(),
        new NoEffectOnSmb2Rule(),
        new EncryptionCapabilityRule(),
        new ControlWithoutSideRule(),
        new AdditionalSettingCollisionRule(),
        new UnknownPlaceholderRule(),
        new MonitorWindowRule(),
        new MonitorWithoutEventsRule(),
        new ExpiredExceptionRule(),
        new ExpiringExceptionRule(),
        new UnknownExceptionTargetRule(),
        new IneffectiveExceptionRule(),
        new ExceptionDurationRule(),
        new ExceptionDateOrderRule(),
    ];
}
