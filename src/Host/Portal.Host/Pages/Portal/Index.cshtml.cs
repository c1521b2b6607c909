namespace Portal.Host.Pages.Portal;

/// <summary>The signed-in customer's overview of their purchases at one business.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    /// <summary>The current subscriptions the overview lists; the subscriptions page has them all.</summary>
    public const int SubscriptionsShown = 5;

    public PortalOverviewDto Overview { get; private set; } = null!;

    public string? ReturnUrl { get; private set; }

    /// <summary>The latest few payments; the history page has them all.</summary>
    public TransactionPage LatestPayments { get; private set; } = null!;

    public PaymentMethodDto? DefaultPaymentMethod { get; private set; }

    /// <summary>The first <see cref="SubscriptionsShown"/> current subscriptions, on hold first; the subscriptions page has them all.</summary>
    public IReadOnlyList<SubscriptionDto> CurrentSubscriptions { get; private set; } = [];

    /// <summary>The current subscriptions beyond the ones listed.</summary>
    public int MoreCurrentSubscriptions { get; private set; }

    public bool HasPastSubscriptions { get; private set; }

    public IReadOnlyList<CustomerLicenseKeyDto> LicenseKeys { get; private set; } = [];

    /// <summary>True on a unified-portal session: the page links back to all the customer's businesses.</summary>
    public bool IsUnified { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        IsUnified = PortalPrincipal.UnifiedEmail(User) is not null;
        Overview = await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        ReturnUrl = customer.ReturnUrl;
        var mode = HttpContext.GetMode();
        LatestPayments = await sender.QueryAsync(new ListTransactionsQuery(customer.BusinessId, mode, customer.CustomerId, 0, 3), cancellationToken);
        DefaultPaymentMethod = (await sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken))
            .FirstOrDefault(m => m.IsDefault);
        var subscriptions = await sender.QueryAsync(
            new ListCustomerSubscriptionsQuery(customer.BusinessId, mode, customer.CustomerId, 0, SubscriptionsShown), cancellationToken);
        CurrentSubscriptions = [.. subscriptions.Items.Where(s => s.IsCurrent)];
        MoreCurrentSubscriptions = subscriptions.CurrentCount - CurrentSubscriptions.Count;
        HasPastSubscriptions = subscriptions.TotalCount > subscriptions.CurrentCount;
        LicenseKeys = await sender.QueryAsync(new ListCustomerLicenseKeysQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        await sender.SendAsync(new EndPortalSessionCommand(PortalPrincipal.SessionId(User)), cancellationToken);
        await HttpContext.SignOutAsync(AuthenticationSetup.SchemeFor(HttpContext.GetMode()));
        return RedirectToPage("/Index");
    }
}
