namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// One subscription: what it is, who has it, what it costs and how it got here (its history), with
/// the merchant's actions: cancel now or at the end of the period (each after a confirmation step),
/// undo a scheduled cancellation, and in test mode the time-travel rehearsal of the next renewal or
/// dues retry. Another business's subscription, or one of the other mode, is a plain 404; a change the
/// subscription's state refuses (a live time travel, a second cancel) answers 422 and changes nothing.
/// </summary>
public sealed class DetailsModel(ISender sender) : AdminPageModel
{
    public const string ConfirmCancelNow = "cancel_now";
    public const string ConfirmCancelAtPeriodEnd = "cancel_at_period_end";

    public override AdminSection Section => AdminSection.Subscriptions;

    // A subscription belongs to one mode: switching mode goes back to that mode's list.
    public override string ModeSwitchPath => "/admin/subscriptions";

    public SubscriptionDto Subscription { get; private set; } = null!;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<SubscriptionTransitionDto> History { get; private set; } = [];

    public CustomerContact? Customer { get; private set; }

    /// <summary>The saved card renewals charge (the customer's default when the subscription names none); null when it is no longer saved.</summary>
    public PaymentMethodDto? PaymentMethod { get; private set; }

    /// <summary>The cancellation waiting for the merchant's confirmation (<see cref="ConfirmCancelNow"/>…).</summary>
    [BindProperty(SupportsGet = true, Name = "confirm")]
    public string? Confirm { get; set; }

    /// <summary>What the last action did, carried over its redirect: a resource key's last part.</summary>
    [TempData]
    public string? Outcome { get; set; }

    /// <summary>Outcomes that leave the subscription needing attention are shown as warnings.</summary>
    public bool OutcomeNeedsAttention => Outcome is "Created.failed" or "Created.pending" or "Travel.put_on_hold" or "Travel.dues_attempt_failed";

    /// <summary>Set when a change was refused: the error's code and its English message.</summary>
    public (string Code, string Message)? Refusal { get; private set; }

    /// <summary>Why the first payment failed, for a subscription that never started.</summary>
    public string? FailureReason => Subscription.Status == SubscriptionStatus.Failed ? History.FirstOrDefault(h => h.Change == SubscriptionChange.Failed)?.Reason : null;

    public bool HasTimeTravel => Mode == Mode.Test && Subscription.Status is SubscriptionStatus.Active or SubscriptionStatus.OnHold;

    public string SubscriptionPath => "/admin/subscriptions/" + Subscription.Id;

    public async Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        await LoadAsync(subscriptionId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostCancelAsync(string subscriptionId, bool atPeriodEnd, CancellationToken cancellationToken) =>
        ChangeAsync(
            subscriptionId,
            new CancelSubscriptionCommand(BusinessId, Mode, subscriptionId, null, SubscriptionActor.Merchant, atPeriodEnd),
            atPeriodEnd ? "CancellationScheduled" : "Cancelled",
            cancellationToken);

    public Task<IActionResult> OnPostUndoAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ChangeAsync(
            subscriptionId,
            new UpdateSubscriptionCommand(BusinessId, Mode, subscriptionId, null, SubscriptionActor.Merchant, CancelAtNextBillingDate: false),
            "CancellationUndone",
            cancellationToken);

    /// <summary>
    /// Test mode's rehearsal: the renewal (or dues retry) happens now, paid or, when asked, declined.
    /// The outcome named is the newest line of the history: what the rehearsal really did.
    /// </summary>
    public Task<IActionResult> OnPostAdvanceAsync(string subscriptionId, bool simulateDecline, CancellationToken cancellationToken) =>
        ChangeAsync(subscriptionId, new AdvanceSubscriptionCommand(BusinessId, Mode, subscriptionId, simulateDecline), null, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string subscriptionId, ICommand<SubscriptionDto> command, string? outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await sender.SendAsync(command, cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Conflict or ErrorKind.Unprocessable)
        {
            Refusal = (exception.Error.Code, exception.Error.Message);
            Confirm = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Outcome = outcome ?? "Travel." + Wire.Name((await sender.QueryAsync(new ListSubscriptionHistoryQuery(BusinessId, Mode, subscriptionId, null), cancellationToken))[0].Change);
        // Redirected, so reloading the confirmation does not act twice.
        return Redirect(AdminHref(SubscriptionPath));
    }

    private async Task<bool> LoadAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            Subscription = await sender.QueryAsync(new GetSubscriptionQuery(BusinessId, Mode, subscriptionId, null), cancellationToken);
            History = await sender.QueryAsync(new ListSubscriptionHistoryQuery(BusinessId, Mode, subscriptionId, null), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return false;
        }

        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(BusinessId.Value, Mode, [Subscription.CustomerId]), cancellationToken);
        Customer = contacts.GetValueOrDefault(Subscription.CustomerId);
        if (PrefixedId.TryParse<CustomerId>(Subscription.CustomerId, out var customerId))
        {
            var methods = await sender.QueryAsync(new ListPaymentMethodsQuery(BusinessId, Mode, customerId), cancellationToken);
            PaymentMethod = methods.FirstOrDefault(m => Subscription.PaymentMethodId is null ? m.IsDefault : m.PaymentMethodId == Subscription.PaymentMethodId);
        }

        return true;
    }
}
