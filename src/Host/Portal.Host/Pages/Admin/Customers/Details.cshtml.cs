using Portal.Host.Pages.Admin.Subscriptions;
using Portal.Modules.Billing.Contracts.Refunds;
using SubscriptionDetails = Portal.Host.Pages.Admin.Subscriptions.DetailsModel;

namespace Portal.Host.Pages.Admin.Customers;

/// <summary>
/// One customer, and Share invite: the business's static link, a dynamic link generated on demand and
/// shown once, or the same link emailed to the customer. Their subscriptions, a new one subscribed
/// here, and their payments. Another business's customer, or one of the other mode, is a plain 404.
/// </summary>
public sealed class DetailsModel(ISender sender, IPortalLinks urls) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Customers;

    // A customer belongs to one mode: switching mode goes back to that mode's list.
    public override string ModeSwitchPath => "/admin/customers";

    public CustomerDto Customer { get; private set; } = null!;

    public string StaticLink => urls.StaticLink(Mode, BusinessId);

    /// <summary>Set only in the answer to the POST that generated it: the link is never shown again.</summary>
    public PortalSessionLink? DynamicLink { get; private set; }

    /// <summary>When the emailed link expires (UTC), carried to the page after the redirect.</summary>
    [TempData]
    public DateTime? EmailedLinkExpiresAt { get; set; }

    public async Task<IActionResult> OnGetAsync(string customerId, CancellationToken cancellationToken) =>
        await LoadAsync(customerId, cancellationToken) ? Page() : NotFound();

    [AllowedFor(MerchantRole.Support)]
    public async Task<IActionResult> OnPostGenerateAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken))
        {
            return NotFound();
        }

        DynamicLink = await sender.SendAsync(new CreatePortalSessionCommand(BusinessId, Mode, Customer.CustomerId, ReturnUrl: null), cancellationToken);
        DoNotStore();
        return Page();
    }

    [AllowedFor(MerchantRole.Support)]
    public async Task<IActionResult> OnPostEmailAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken))
        {
            return NotFound();
        }

        // In the customer's language, not the merchant's page's.
        var link = await sender.SendAsync(new CreatePortalSessionCommand(BusinessId, Mode, Customer.CustomerId, ReturnUrl: null, SendEmail: true), cancellationToken);
        EmailedLinkExpiresAt = link.ExpiresAt.UtcDateTime;
        // Redirected, so reloading the confirmation does not email the customer again.
        return Redirect(AdminHref("/admin/customers/" + Customer.CustomerId.Value));
    }

    /// <summary>The profile form's name and phone (the email cannot change: it is how the customer signs in).</summary>
    [BindProperty]
    public string? ProfileName { get; set; }

    [BindProperty]
    public string? ProfilePhone { get; set; }

    /// <summary>The profile fields refused, by the id of their input.</summary>
    public FormErrors ProfileErrors { get; } = new();

    [TempData]
    public bool ProfileSaved { get; set; }

    /// <summary>An admin corrects a customer's name or phone; a refused field is shown under its input and nothing changes.</summary>
    public async Task<IActionResult> OnPostProfileAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await sender.SendAsync(
                new UpdateCustomerCommand(BusinessId, Mode, Customer.CustomerId, null, ProfileName ?? string.Empty, true, ProfilePhone, false, null), cancellationToken);
        }
        catch (ValidationException exception)
        {
            foreach (var field in exception.Errors.Select(e => e.PropertyName).Distinct())
            {
                ProfileErrors.Add(ProfileFieldId(field), "Customer.Error." + field);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        ProfileSaved = true;
        return Redirect(AdminHref("/admin/customers/" + Customer.CustomerId.Value));
    }

    /// <summary>The id of a profile input: <c>profile-name</c>, <c>profile-phonenumber</c>.</summary>
    public static string ProfileFieldId(string field) => "profile-" + field.ToLowerInvariant();

    /// <summary>Blocking ends the customer's sessions and unused links at once; unblocking lets them ask for new ones.</summary>
    public async Task<IActionResult> OnPostBlockAsync(string customerId, bool blocked, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken))
        {
            return NotFound();
        }

        await sender.SendAsync(new BlockCustomerCommand(BusinessId, Mode, Customer.CustomerId, blocked), cancellationToken);
        return Redirect(AdminHref("/admin/customers/" + Customer.CustomerId.Value));
    }

    /// <summary>The customer's latest payments and refunds, as their portal shows them.</summary>
    public TransactionPage Payments { get; private set; } = null!;

    /// <summary>The payment waiting for the merchant's confirmation before it is refunded.</summary>
    [BindProperty(SupportsGet = true, Name = "refund")]
    public string? RefundPaymentId { get; set; }

    /// <summary>Set after a refund: "done", or why nothing was refunded.</summary>
    [TempData]
    public string? RefundOutcome { get; set; }

    public TransactionDto? PendingRefund => Payments.Items.FirstOrDefault(p => !p.IsRefund && p.Status == "succeeded" && p.PaymentId == RefundPaymentId);

    /// <summary>Gives back everything not yet refunded of one of this customer's payments.</summary>
    public async Task<IActionResult> OnPostRefundAsync(string customerId, string paymentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken) || !Payments.Items.Any(p => !p.IsRefund && p.PaymentId == paymentId))
        {
            return NotFound();
        }

        try
        {
            await sender.SendAsync(new RefundPaymentCommand(BusinessId, Mode, paymentId, null, "Refunded by the merchant"), cancellationToken);
            RefundOutcome = "done";
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.Unprocessable)
        {
            RefundOutcome = exception.Error.Message;
        }

        return Redirect(AdminHref("/admin/customers/" + Customer.CustomerId.Value));
    }

    /// <summary>The customer's newest subscriptions in the mode shown.</summary>
    public IReadOnlyList<SubscriptionDto> Subscriptions { get; private set; } = [];

    public const int SubscriptionsShown = 25;

    /// <summary>The customer's license keys, newest first (all of them: a customer has few).</summary>
    public IReadOnlyList<CustomerLicenseKeyDto> LicenseKeys { get; private set; } = [];

    [BindProperty]
    public NewSubscriptionForm NewSubscription { get; set; } = new();

    /// <summary>Subscribes the customer and charges the first period, then shows the new subscription, active or failed.</summary>
    public async Task<IActionResult> OnPostSubscribeAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(customerId, cancellationToken))
        {
            return NotFound();
        }

        if (await NewSubscription.SubmitAsync(sender, BusinessId, Mode, Customer.CustomerId, cancellationToken) is not { } created)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData[nameof(SubscriptionDetails.Outcome)] = "Created." + Wire.Name(created.Status);
        return Redirect(AdminHref("/admin/subscriptions/" + created.Id));
    }

    public DateTimeOffset? EmailedUntil =>
        // TempData's JSON gives the time back as UTC or, on some hosts, converted to local time.
        EmailedLinkExpiresAt is { } at
            ? new DateTimeOffset(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc))
            : null;

    private async Task<bool> LoadAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<CustomerId>(customerId, out var id))
        {
            return false;
        }

        try
        {
            Customer = await sender.QueryAsync(new GetCustomerQuery(BusinessId, Mode, id), cancellationToken);
            Payments = await sender.QueryAsync(new ListTransactionsQuery(BusinessId, Mode, id, 0, 20), cancellationToken);
            Subscriptions = await sender.QueryAsync(new ListSubscriptionsQuery(BusinessId, Mode, id.Value, null, 0, SubscriptionsShown), cancellationToken);
            LicenseKeys = await sender.QueryAsync(new ListCustomerLicenseKeysQuery(BusinessId, Mode, id), cancellationToken);
            await NewSubscription.LoadChoicesAsync(sender, BusinessId, Mode, id, cancellationToken);
            return true;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
