namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>What one side of a plan change costs per period: unit price before tax (minor units), quantity and tax rate.</summary>
internal sealed record PlanTerms(long UnitPrice, int Quantity, int TaxRateBasisPoints)
{
    public long RecurringAmount => checked(UnitPrice * Quantity);
}
