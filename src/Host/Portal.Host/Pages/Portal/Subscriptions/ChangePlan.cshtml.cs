namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The preview of a plan change (what is charged or credited now, the next renewal) and its
/// confirmation. Confirmed and paid → back to the subscription with a confirmation; declined → this
/// page says why and the plan stays; refused (updates off, another collection…) → said, nothing changes.
/// When the card's bank asks for 3-D Secure, the customer goes to its authentication page and comes back here
/// (<c>?done=authenticated</c>), where that payment is settled, never a new one started.
/// </summary>
public sealed class ChangePlanModel(ISender sender, PortalLinks urls) : CustomerSubscriptionPage(sender)
{
    public const string Authenticated = "authenticated";

    /// <summary>Null when the change is refused (see <see cref="ErrorCode"/>).</summary>
    public PlanChangePreviewDto? Preview { get; private set; }

    [BindProperty(SupportsGet = true, Name = "product")]
    public string? ProductId { get; set; }

    /// <summary><c>authenticated</c>: back from the bank's authentication page.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The gateway's reason when the payment was declined.</summary>
    public string? DeclineCode { get; private set; }

    /// <summary>Back from the bank's page without an answer: where to authenticate the payment still waiting.</summary>
    public string? PendingAuthenticationUrl { get; private set; }

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        Done == Authenticated ? SettleAuthenticatedAsync(subscriptionId, cancellationToken) : ShowAsync(subscriptionId, cancellationToken);

    public Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            if (Preview is null)
            {
                return Page();
            }

            var result = await Sender.SendAsync(ChangeTo(customer, mode, Preview.ToProductId, backFromAuthentication: false), cancellationToken);
            return result is { Outcome: PlanChangeResultDto.RequiresCustomerAction, AuthenticationUrl: { } authenticate }
                ? Redirect(AuthenticationPage(authenticate))
                : Outcome(result);
        }, cancellationToken);

    /// <summary>Back from the bank's authentication page: settles the payment the change waits for, and never starts one.</summary>
    private Task<IActionResult> SettleAuthenticatedAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            try
            {
                var result = await Sender.SendAsync(ChangeTo(customer, mode, ProductId ?? string.Empty, backFromAuthentication: true), cancellationToken);
                if (result is { Outcome: PlanChangeResultDto.RequiresCustomerAction, AuthenticationUrl: { } authenticate })
                {
                    PendingAuthenticationUrl = AuthenticationPage(authenticate);
                    Response.StatusCode = StatusCodes.Status202Accepted;
                    return null;
                }

                return Outcome(result);
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
            {
                // Not a plan of this subscription's collection: its page as it is now.
                return BackToSubscription(string.Empty);
            }
        }, cancellationToken);

    /// <summary>The change's answer: back to the subscription saying what was done, or this page again with why not (null).</summary>
    private IActionResult? Outcome(PlanChangeResultDto result)
    {
        if (result.Outcome != PlanChangeResultDto.Declined)
        {
            return BackToSubscription(result.Outcome == PlanChangeResultDto.Changed ? "plan-changed" : string.Empty);
        }

        DeclineCode = result.FailureCode ?? "card_declined";
        Response.StatusCode = StatusCodes.Status402PaymentRequired;
        return null;
    }

    /// <summary>The change to <paramref name="productId"/>, charged with the customer present: their bank sends them back to this page.</summary>
    private ChangeSubscriptionPlanCommand ChangeTo(PortalCustomer customer, Mode mode, string productId, bool backFromAuthentication) =>
        new(
            customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, productId, Subscription.Quantity, null,
            urls.Absolute(mode, $"{PortalLinks.ChangePlanPath(Subscription.Id, productId)}&done={Authenticated}"), backFromAuthentication);

    private protected override async Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken)
    {
        await PortalBranding.ApplyAsync(this, Sender, customer, cancellationToken);
        try
        {
            Preview = await Sender.QueryAsync(
                new PreviewPlanChangeQuery(customer.BusinessId, mode, Subscription.Id, customer.CustomerId, ProductId ?? string.Empty, Subscription.Quantity, null), cancellationToken);
        }
        catch (DomainException exception)
        {
            // A product that is not (or no longer) one of the plans on offer reads as any other refusal.
            ErrorCode ??= exception.Error.Kind == ErrorKind.NotFound ? "PRODUCT_NOT_IN_COLLECTION" : exception.Error.Code;
            Preview = null;
        }
    }
}
