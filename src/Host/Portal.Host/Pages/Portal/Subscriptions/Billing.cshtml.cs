namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The customer's name and the subscription's billing address, saved together or not at all: a field
/// refused is marked and nothing changes. Anyone else's subscription is a plain 404.
/// </summary>
public sealed class BillingModel(ISender sender) : PageModel
{
    /// <summary>The billing address's refusal codes, by the form field they are about.</summary>
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["INVALID_COUNTRY"] = "country",
        ["INVALID_STATE"] = "state",
        ["INVALID_CITY"] = "city",
        ["INVALID_STREET"] = "street",
        ["INVALID_ZIPCODE"] = "zipcode",
    };

    public SubscriptionDto Subscription { get; private set; } = null!;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Street { get; set; }

    [BindProperty]
    public string? City { get; set; }

    [BindProperty]
    public string? State { get; set; }

    [BindProperty]
    public string? Zipcode { get; set; }

    [BindProperty]
    public string? Country { get; set; }

    /// <summary>The fields refused: name, street, city, state, zipcode, country.</summary>
    public IReadOnlySet<string> Errors { get; private set; } = new HashSet<string>();

    /// <summary>A refusal about the subscription rather than a field (it has ended, say).</summary>
    public string? ErrorCode { get; private set; }

    public bool HasEnded => !Subscription.IsCurrent;

    public async Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        if (await LoadAsync(customer, subscriptionId, cancellationToken) is not { } customerName)
        {
            return NotFound();
        }

        var billing = Subscription.Billing;
        (Name, Street, City, State, Zipcode, Country) = (customerName, billing.Street, billing.City, billing.State, billing.Zipcode, billing.Country);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        // Looked up first, so that anyone else's subscription is a 404 whatever the form holds.
        if (await LoadAsync(customer, subscriptionId, cancellationToken) is not { } customerName)
        {
            return NotFound();
        }

        try
        {
            // An emptied name is refused, not taken as "unchanged"; an untouched one is not rewritten.
            var name = Name ?? string.Empty;
            await sender.SendAsync(
                new UpdateSubscriptionCommand(
                    customer.BusinessId,
                    HttpContext.GetMode(),
                    Subscription.Id,
                    customer.CustomerId,
                    SubscriptionActor.Customer,
                    Billing: new BillingAddressInput(Country, State, City, Street, Zipcode),
                    CustomerName: name == customerName ? null : name),
                cancellationToken);
            return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}?done=billing"));
        }
        catch (DomainException exception) when (FieldOfCode.TryGetValue(exception.Error.Code, out var field))
        {
            Errors = new HashSet<string> { field };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ValidationException exception)
        {
            Errors = exception.Errors.Select(e => e.PropertyName == "Name" ? "name" : "form").ToHashSet();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Conflict or ErrorKind.Unprocessable or ErrorKind.Validation)
        {
            ErrorCode = exception.Error.Code;
            Response.StatusCode = ApiError.StatusOf(exception.Error.Kind);
        }

        return Page();
    }

    /// <summary>The subscription and the customer's current name; null when the subscription is not this customer's.</summary>
    private async Task<string?> LoadAsync(PortalCustomer customer, string subscriptionId, CancellationToken cancellationToken)
    {
        if (await CustomerSubscriptions.FindAsync(sender, customer, HttpContext.GetMode(), subscriptionId, cancellationToken) is not { } subscription)
        {
            return null;
        }

        Subscription = subscription;
        return (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).CustomerName;
    }
}
