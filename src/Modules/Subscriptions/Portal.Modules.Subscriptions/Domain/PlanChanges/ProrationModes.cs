namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>Reads the proration mode a merchant or the API names by its wire name.</summary>
internal static class ProrationModes
{
    /// <summary>The mode a word names; anything else → 422 <c>INVALID_PRORATION_MODE</c>.</summary>
    public static ProrationMode Parse(string? word) =>
        Wire.TryParse<ProrationMode>(word, out var mode)
            ? mode
            : throw new DomainException(Error.Validation(
                "INVALID_PRORATION_MODE", "proration_billing_mode must be prorated_immediately, full_immediately, difference_immediately or do_not_bill."));
}
