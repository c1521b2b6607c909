using Portal.Modules.Subscriptions.Contracts.Subscriptions;


namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// How a plan change ended: <see cref="Outcome"/> is <c>changed</c>, <c>unchanged</c> (the same plan) or
/// <c>declined</c> (the plan stays; <see cref="FailureCode"/> says why) or <c>requires_customer_action</c> (the change
/// waits for its payment, which the customer authenticates at <see cref="AuthenticationUrl"/>). <see cref="Preview"/> is
/// what was (or would have been) charged and credited; <see cref="CreditApplied"/> what the balance paid of the charge.
/// </summary>
public sealed record PlanChangeResultDto(
    string Outcome, SubscriptionDto Subscription, PlanChangePreviewDto Preview, string? PaymentId, string? FailureCode, long CreditApplied, string? AuthenticationUrl = null)
{
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
    public const string Declined = "declined";
    public const string RequiresCustomerAction = "requires_customer_action";
}
