using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.PlanChanges;

/// <summary>A plan change checked and priced, not applied: the target, whether it is an upgrade, and its quote.</summary>
internal sealed record PlannedChange(Product Target, int Quantity, bool IsUpgrade, bool IsSamePlan, PlanChangeQuote Quote);
