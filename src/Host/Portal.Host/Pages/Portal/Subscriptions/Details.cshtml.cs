using Portal.Modules.Billing.Contracts.Credits;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// One of the customer's subscriptions: plan, dates, the card that pays it, billing details and history,
/// with undo for a scheduled cancellation. Anyone else's subscription is a plain 404.
/// </summary>
public sealed class DetailsModel(ISender sender) : CustomerSubscriptionPage(sender)
{
    public IReadOnlyList<SubscriptionTransitionDto> History { get; private set; } = [];

    /// <summary>On hold because the customer's bank asked them to authenticate the payment: they confirm it with the same card.</summary>
    public bool ConfirmsPayment =>
        Subscription.IsOnHold && History.FirstOrDefault(h => h.ToStatus == SubscriptionStatus.OnHold)?.Reason == "authentication_required";

    /// <summary>The card renewals charge: the one the subscription names, or the customer's default. Null when there is none.</summary>
    public PaymentMethodDto? PaymentMethod { get; private set; }

    public string CustomerName { get; private set; } = string.Empty;

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>The other plans of the subscription's collection; empty when the business does not allow plan changes.</summary>
    public IReadOnlyList<PlanOptionDto> PlanOptions { get; private set; } = [];

    /// <summary>The customer's credit in the subscription's currency (minor units), spent first by the next payments.</summary>
    public long Credit { get; private set; }

    /// <summary>What just happened (after a redirect): cancel-scheduled, cancelled, undone, billing, plan-changed.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) => ShowAsync(subscriptionId, cancellationToken);

    /// <summary>Takes back a cancellation scheduled for the end of the period: the subscription renews as before.</summary>
    public Task<IActionResult> OnPostUndoAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            await Sender.SendAsync(
                new UpdateSubscriptionCommand(customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, CancelAtNextBillingDate: false),
                cancellationToken);
            return BackToSubscription("undone");
        }, cancellationToken);

    private protected override async Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken)
    {
        var overview = await PortalBranding.ApplyAsync(this, Sender, customer, cancellationToken);
        (CustomerName, BusinessName) = (overview.CustomerName, overview.BusinessName);
        History = await Sender.QueryAsync(new ListSubscriptionHistoryQuery(customer.BusinessId, mode, Subscription.Id, customer.CustomerId), cancellationToken);
        var methods = await Sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        PlanOptions = await Sender.QueryAsync(new ListPlanOptionsQuery(customer.BusinessId, mode, Subscription.Id, customer.CustomerId), cancellationToken);
        Credit = (await Sender.QueryAsync(new GetCustomerCreditQuery(customer.BusinessId.Value, mode, customer.CustomerId.Value), cancellationToken))
            .FirstOrDefault(b => b.Currency == Subscription.Currency)?.Amount ?? 0;
        PaymentMethod = Subscription.PaymentMethodId is { } id ? methods.FirstOrDefault(m => m.PaymentMethodId == id) : methods.FirstOrDefault(m => m.IsDefault);
    }
}
