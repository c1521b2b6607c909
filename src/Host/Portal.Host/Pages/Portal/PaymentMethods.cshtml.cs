namespace Portal.Host.Pages.Portal;

/// <summary>
/// The customer's saved cards: make one the default, remove one (after a confirmation step), add one:
/// typed into the sandbox form in test mode, or on the payment provider's page when Stripe is configured.
/// </summary>
public sealed class PaymentMethodsModel(ISender sender, PortalLinks urls) : PageModel
{
    public IReadOnlyList<PaymentMethodDto> Methods { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    public string? SupportEmail { get; private set; }

    public CardSetupKind SetupKind { get; private set; }

    /// <summary>What just happened (after a redirect): added, removed, default.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The card waiting for the customer's confirmation before it is removed.</summary>
    [BindProperty(SupportsGet = true, Name = "remove")]
    public string? RemoveId { get; set; }

    /// <summary>The subscription whose payment-method page sent the customer here to add a card: the new card is offered there.</summary>
    [BindProperty(SupportsGet = true, Name = "for")]
    public string? ForSubscription { get; set; }

    /// <summary>Where to go back to with a new card: the subscription's payment-method page, when <see cref="ForSubscription"/> names one.</summary>
    public string? SubscriptionPage => ReturnPathFor(ForSubscription);

    [BindProperty]
    public string? CardNumber { get; set; }

    [BindProperty]
    public int? ExpiryMonth { get; set; }

    [BindProperty]
    public int? ExpiryYear { get; set; }

    [BindProperty]
    public bool MakeDefault { get; set; }

    /// <summary>Why the card was not saved, as the code the commands answer (translated by the page).</summary>
    public string? ErrorCode { get; private set; }

    public PaymentMethodDto? PendingRemoval => Methods.FirstOrDefault(m => m.PaymentMethodId == RemoveId);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => RenderAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            // A card whose bank asks for 3-D Secure on setup is authenticated first, then saved on the way back.
            var mode = HttpContext.GetMode();
            var back = urls.BaseFor(mode).AbsoluteUri.TrimEnd('/') + "/portal/payment-methods/sandbox-return" + (SubscriptionPage is null ? string.Empty : "?for=" + ForSubscription);
            var added = await sender.SendAsync(
                new StartSandboxCardSetupCommand(customer.BusinessId, mode, customer.CustomerId, CardNumber, ExpiryMonth ?? 0, ExpiryYear ?? 0, MakeDefault, back),
                cancellationToken);
            return added.Saved is { } saved
                ? Redirect(Url.Content(AfterAdding(ForSubscription, saved.PaymentMethodId)))
                : Redirect(Url.Content("~" + added.AuthenticationUrl));
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Validation or ErrorKind.Unprocessable)
        {
            ErrorCode = exception.Error.Code;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await RenderAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDefaultAsync(string paymentMethodId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        await sender.SendAsync(new SetDefaultPaymentMethodCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, paymentMethodId), cancellationToken);
        return Redirect(Url.Content("~/portal/payment-methods?done=default"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string paymentMethodId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        await sender.SendAsync(new RemovePaymentMethodCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, paymentMethodId), cancellationToken);
        return Redirect(Url.Content("~/portal/payment-methods?done=removed"));
    }

    public async Task<IActionResult> OnPostStartStripeSetupAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        // The configured public address, never the request's Host header.
        var mode = HttpContext.GetMode();
        var here = urls.BaseFor(mode).AbsoluteUri.TrimEnd('/') + "/portal/payment-methods";
        var returnTo = SubscriptionPage is null ? string.Empty : "?for=" + ForSubscription;
        var checkout = await sender.SendAsync(
            new StartStripeCardSetupCommand(customer.BusinessId, mode, customer.CustomerId, here + "/stripe-return" + returnTo, here + returnTo),
            cancellationToken);
        return Redirect(checkout);
    }

    /// <summary>
    /// Where a new card leads: back to the subscription's payment-method page with the card picked, or
    /// to this page. Only a well-formed portal path is ever built from <paramref name="subscriptionId"/>.
    /// </summary>
    internal static string AfterAdding(string? subscriptionId, string paymentMethodId) =>
        ReturnPathFor(subscriptionId) is { } page ? $"~{page}?chosen={paymentMethodId}" : "~/portal/payment-methods?done=added";

    private static string? ReturnPathFor(string? subscriptionId) =>
        subscriptionId is not null && PortalLinks.PaymentMethodPath(subscriptionId) is var path && PortalLinks.IsLandingPath(path) ? path : null;

    private async Task<IActionResult> RenderAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        var overview = await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        (BusinessName, SupportEmail) = (overview.BusinessName, overview.SupportEmail);
        var mode = HttpContext.GetMode();
        Methods = await sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        SetupKind = await sender.QueryAsync(new GetCardSetupKindQuery(mode), cancellationToken);
        return Page();
    }
}
