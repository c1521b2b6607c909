namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The preview of a plan change (what is charged or credited now, the next renewal) and its
/// confirmation. Confirmed and paid → back to the subscription with a confirmation; declined → this
/// page says why and the plan stays; refused (updates off, another collection…) → said, nothing changes.
/// </summary>
public sealed class ChangePlanModel(ISender sender) : CustomerSubscriptionPage(sender)
{
    /// <summary>Null when the change is refused (see <see cref="ErrorCode"/>).</summary>
    public PlanChangePreviewDto? Preview { get; private set; }

    [BindProperty(SupportsGet = true, Name = "product")]
    public string? ProductId { get; set; }

    /// <summary>The gateway's reason when the payment was declined.</summary>
    public string? DeclineCode { get; private set; }

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) => ShowAsync(subscriptionId, cancellationToken);

    public Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            if (Preview is null)
            {
                return Page();
            }

            var result = await Sender.SendAsync(
                new ChangeSubscriptionPlanCommand(
                    customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Preview.ToProductId, Subscription.Quantity, null),
                cancellationToken);
            if (result.Outcome != PlanChangeResultDto.Declined)
            {
                return BackToSubscription(result.Outcome == PlanChangeResultDto.Changed ? "plan-changed" : string.Empty);
            }

            DeclineCode = result.FailureCode ?? "card_declined";
            Response.StatusCode = StatusCodes.Status402PaymentRequired;
            return null;
        }, cancellationToken);

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
