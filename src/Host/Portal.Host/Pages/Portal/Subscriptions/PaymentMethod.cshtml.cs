namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The subscription's payment method: pick a saved card (or add one and come back), then confirm. On an
/// on-hold subscription confirming pays the dues with that card: paid → a confirmation; declined → the
/// reason, and the choice again (the card is not kept). Anyone else's subscription or card is a plain 404.
/// </summary>
public sealed class PaymentMethodModel(ISender sender) : CustomerSubscriptionPage(sender)
{
    public const string Changed = "changed";
    public const string Reactivated = "reactivated";

    public IReadOnlyList<PaymentMethodDto> Methods { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>The merchant's page the customer came from (a <c>return_url</c> of the link that signed them in).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>The card renewals charge now: the subscription's own, or the customer's default.</summary>
    public string? CurrentMethodId { get; private set; }

    /// <summary>The card picked: posted, or just added (<c>?chosen=</c> after the add-card page), else the current one.</summary>
    [BindProperty(SupportsGet = true, Name = "chosen")]
    public string? Chosen { get; set; }

    /// <summary>What just happened (after a redirect): changed, reactivated.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The payment that reactivated the subscription, for the confirmation.</summary>
    public PaymentDto? DuesPaid { get; private set; }

    /// <summary>The gateway's code for the declined dues payment (insufficient_funds, card_declined…).</summary>
    public string? DeclineCode { get; private set; }

    /// <summary>The dues payment's outcome is not known yet: nothing changed, confirming again replays it.</summary>
    public bool PaymentProcessing { get; private set; }

    public bool HasEnded => !Subscription.IsCurrent;

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ShowAsync(subscriptionId, cancellationToken, async (customer, mode) =>
        {
            Chosen = Methods.Any(m => m.PaymentMethodId == Chosen) ? Chosen : CurrentMethodId;
            if (Done == Reactivated && Subscription is { Status: SubscriptionStatus.Active, LatestPaymentId: { } paymentId })
            {
                var payment = await Sender.QueryAsync(new GetPaymentQuery(customer.BusinessId, mode, paymentId), cancellationToken);
                DuesPaid = payment.CustomerId == customer.CustomerId.Value && payment.Status == "succeeded" ? payment : null;
            }
        });

    public Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            if (string.IsNullOrEmpty(Chosen))
            {
                ErrorCode = "PAYMENT_METHOD_NOT_CHOSEN";
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }

            try
            {
                var change = await Sender.SendAsync(
                    new ChangeSubscriptionPaymentMethodCommand(customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Chosen),
                    cancellationToken);
                switch (change.DuesPayment?.Status)
                {
                    case null:
                        return BackToSubscription(Changed, "/payment-method");
                    case "succeeded":
                        return BackToSubscription(Reactivated, "/payment-method");
                    case "processing":
                        PaymentProcessing = true;
                        Response.StatusCode = StatusCodes.Status202Accepted;
                        return null;
                    default:
                        DeclineCode = change.DuesPayment.FailureCode ?? "card_declined";
                        Response.StatusCode = StatusCodes.Status402PaymentRequired;
                        return null;
                }
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
            {
                // Another customer's card, or one removed meanwhile: no hint which.
                return NotFound();
            }
        }, cancellationToken);

    private protected override async Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken)
    {
        BusinessName = (await PortalBranding.ApplyAsync(this, Sender, customer, cancellationToken)).BusinessName;
        ReturnUrl = customer.ReturnUrl;
        Methods = await Sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        CurrentMethodId = Subscription.PaymentMethodId ?? Methods.FirstOrDefault(m => m.IsDefault)?.PaymentMethodId;
    }
}
