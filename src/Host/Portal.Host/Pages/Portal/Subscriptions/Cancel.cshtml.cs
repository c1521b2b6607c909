namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The confirmation step before a cancellation: at the end of the period (the default, which keeps
/// access and can be undone) or now. A refusal (already cancelled…) is shown and changes nothing.
/// </summary>
public sealed class CancelModel(ISender sender) : CustomerSubscriptionPage(sender)
{
    public const string AtPeriodEnd = "period_end";
    public const string Now = "now";

    /// <summary>When to cancel: <see cref="AtPeriodEnd"/> or <see cref="Now"/>.</summary>
    [BindProperty]
    public string? When { get; set; }

    /// <summary>Why, in Dodo's words (<see cref="CancellationFeedback"/>), or nothing: the question is optional.</summary>
    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public const int MaxCommentLength = 1000;

    public bool HasEnded => !Subscription.IsCurrent;

    public Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken) =>
        ShowAsync(subscriptionId, cancellationToken, (_, _) =>
        {
            When = Subscription.CanCancelAtPeriodEnd ? AtPeriodEnd : Now;
            return Task.CompletedTask;
        });

    public async Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var atPeriodEnd = When != Now;
        var page = await ChangeAsync(subscriptionId, async (customer, mode) =>
        {
            CancellationFeedback? feedback = null;
            if (!string.IsNullOrEmpty(Feedback))
            {
                feedback = Wire.TryParse<CancellationFeedback>(Feedback, out var chosen)
                    ? chosen
                    : throw new DomainException(Error.Validation("INVALID_CANCELLATION_FEEDBACK", "The reason is not one of the choices."));
            }

            if (Comment?.Length > MaxCommentLength)
            {
                throw new DomainException(Error.Validation("CANCELLATION_COMMENT_TOO_LONG", "The comment is too long."));
            }

            await Sender.SendAsync(
                new CancelSubscriptionCommand(customer.BusinessId, mode, Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, atPeriodEnd, feedback, Comment),
                cancellationToken);
            return BackToSubscription(atPeriodEnd ? "cancel-scheduled" : "cancelled");
        }, cancellationToken);
        if (page is PageResult && !Subscription.CanCancelAtPeriodEnd)
        {
            When = Now;
        }

        return page;
    }

    private protected override async Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken) =>
        await PortalBranding.ApplyAsync(this, Sender, customer, cancellationToken);
}
