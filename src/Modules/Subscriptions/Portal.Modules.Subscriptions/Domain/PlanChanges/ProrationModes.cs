using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>Dodo's words for the proration modes: <c>prorated_immediately</c>, <c>full_immediately</c>, <c>difference_immediately</c>, <c>do_not_bill</c>.</summary>
internal static class ProrationModes
{
    public static IReadOnlyList<ProrationMode> All { get; } = Enum.GetValues<ProrationMode>();

    public static string Word(ProrationMode mode) => mode switch
    {
        ProrationMode.ProratedImmediately => "prorated_immediately",
        ProrationMode.FullImmediately => "full_immediately",
        ProrationMode.DifferenceImmediately => "difference_immediately",
        _ => "do_not_bill",
    };

    /// <summary>The mode a word names; anything else → 422 <c>INVALID_PRORATION_MODE</c>.</summary>
    public static ProrationMode Parse(string? word) =>
        All.FirstOrDefault(m => Word(m) == word, (ProrationMode)(-1)) is var mode && Enum.IsDefined(mode)
            ? mode
            : throw new DomainException(Error.Validation(
                "INVALID_PRORATION_MODE", "proration_billing_mode must be prorated_immediately, full_immediately, difference_immediately or do_not_bill."));
}
