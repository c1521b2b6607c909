namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The subscription's payment method: pick a saved card (or add one and come back), then confirm. On an
/// on-hold subscription confirming pays the dues with that card: paid → a confirmation; declined → the
/// reason, and the choice again (the card is not kept). When the card's bank asks for 3-D Secure, the customer
/// goes to its authentication page and comes back here (<c>?done=authenticated</c>), where that payment is
/// settled, never a new one started: the same confirmation or decline follows. Anyone else's subscription or
/// card is a plain 404.
/// </summary>
public sealed class PaymentMethodModel(ISender sender, PortalLinks urls) : CustomerSubscriptionPage(sender)
{
    public const string Changed = "changed";
    public const string Reactivated = "reactivated";
    public const string Authenticated = "authenticated";

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

    /// <summary>Back from the bank's page without an answer: where to authenticate the payment still waiting.</summary>
    public string? PendingAuthenticationUrl { get; private set; }

    public bool HasEnded => !Subscription.IsCurrent;

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Done == Authenticated ? SettleAuthenticatedAsync(subscriptionId, cancellationToken) : ShowAsync(subscriptionId, cancellationToken, async (customer, mode) =>
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
                    new ChangeSubscriptionPaymentMethodCommand(
                        customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Chosen, ReturnUrlFor(Chosen)),
                    cancellationToken);
                return change.DuesPayment is { Status: DuesPaymentDto.RequiresCustomerAction, AuthenticationUrl: { } authenticate }
                    ? Redirect(AuthenticationPage(authenticate))
                    : Outcome(change.DuesPayment);
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
            {
                // Another customer's card, or one removed meanwhile: no hint which.
                return NotFound();
            }
        }, cancellationToken);

    /// <summary>Back from the bank's authentication page: settles the dues payment it was for, and never starts one.</summary>
    private Task<IActionResult> SettleAuthenticatedAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            if (string.IsNullOrEmpty(Chosen))
            {
                return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}/payment-method"));
            }

            try
            {
                var change = await Sender.SendAsync(
                    new ChangeSubscriptionPaymentMethodCommand(
                        customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Chosen, ReturnUrlFor(Chosen), BackFromAuthentication: true),
                    cancellationToken);
                if (change.DuesPayment is { Status: DuesPaymentDto.RequiresCustomerAction, AuthenticationUrl: { } authenticate })
                {
                    PendingAuthenticationUrl = AuthenticationPage(authenticate);
                    Response.StatusCode = StatusCodes.Status202Accepted;
                    return null;
                }

                return Outcome(change.DuesPayment);
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
            {
                // Settled already (a reload, another tab), or the card is not this customer's: the page as it is now.
                return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}/payment-method"));
            }
        }, cancellationToken);

    /// <summary>The change's answer: back to the page saying what was done, or the page again with why not (null).</summary>
    private IActionResult? Outcome(DuesPaymentDto? duesPayment)
    {
        switch (duesPayment?.Status)
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
                DeclineCode = duesPayment.FailureCode ?? "card_declined";
                Response.StatusCode = StatusCodes.Status402PaymentRequired;
                return null;
        }
    }

    /// <summary>Where the card's bank sends the customer back after authenticating: this page, for the card they chose.</summary>
    private string ReturnUrlFor(string chosen) =>
        urls.Absolute(HttpContext.GetMode(), $"{PortalLinks.PaymentMethodPath(Subscription.Id)}?chosen={Uri.EscapeDataString(chosen)}&done={Authenticated}");

    private protected override async Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken)
    {
        BusinessName = (await PortalBranding.ApplyAsync(this, Sender, customer, cancellationToken)).BusinessName;
        ReturnUrl = customer.ReturnUrl;
        Methods = await Sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        CurrentMethodId = Subscription.PaymentMethodId ?? Methods.FirstOrDefault(m => m.IsDefault)?.PaymentMethodId;
    }
}
