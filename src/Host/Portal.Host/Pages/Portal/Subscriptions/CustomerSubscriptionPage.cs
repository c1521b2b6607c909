namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// A page about one of the signed-in customer's subscriptions. Without a business open it sends them to the
/// picker; anyone else's subscription, or one that does not exist, is a plain 404. A change runs through
/// <see cref="ChangeAsync"/>: a refusal (ended, not allowed, invalid) is shown on the page with its code and
/// status, nothing changes, and the page is read again.
/// </summary>
public abstract class CustomerSubscriptionPage(ISender sender) : PageModel
{
    protected ISender Sender => sender;

    public SubscriptionDto Subscription { get; private set; } = null!;

    /// <summary>Why the last change was refused, as the code the commands answer (translated by the page).</summary>
    public string? ErrorCode { get; protected set; }

    /// <summary>Reads what the page shows besides the subscription (branding, cards, history…).</summary>
    private protected abstract Task LoadPageAsync(PortalCustomer customer, Mode mode, CancellationToken cancellationToken);

    /// <summary>The page, once the subscription is found to be this customer's; <paramref name="then"/> fills its form.</summary>
    private protected async Task<IActionResult> ShowAsync(string subscriptionId, CancellationToken cancellationToken, Func<PortalCustomer, Mode, Task>? then = null)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        if (!await LoadAsync(customer, subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        if (then is not null)
        {
            await then(customer, HttpContext.GetMode());
        }

        return Page();
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the customer's subscription: its answer (a redirect) when it gives one,
    /// else the page again, with the refusal when the command refused.
    /// </summary>
    private protected async Task<IActionResult> ChangeAsync(
        string subscriptionId, Func<PortalCustomer, Mode, Task<IActionResult?>> change, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        // Looked up first, so that anyone else's subscription is a 404 whatever the form holds.
        if (!await LoadAsync(customer, subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (await change(customer, HttpContext.GetMode()) is { } answer)
            {
                return answer;
            }
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Conflict or ErrorKind.Unprocessable or ErrorKind.Validation)
        {
            ErrorCode = exception.Error.Code;
            Response.StatusCode = ApiError.StatusOf(exception.Error.Kind);
        }
        catch (ValidationException)
        {
            // A form value the page's own fields cannot produce (a crafted post): nothing changed, said plainly.
            ErrorCode = "VALIDATION_ERROR";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(customer, subscriptionId, cancellationToken);
        return Page();
    }

    /// <summary>A gateway's authentication page: its own address (Stripe), or a path of this host in the page's mode (the sandbox).</summary>
    protected string AuthenticationPage(string authenticationUrl) => authenticationUrl.StartsWith('/') ? Url.Content("~" + authenticationUrl) : authenticationUrl;

    /// <summary>To the subscription's page (or one below it, <paramref name="page"/>), saying what was done (<c>?done=</c>).</summary>
    protected RedirectResult BackToSubscription(string done, string page = "") =>
        Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}{page}?done={done}"));

    private async Task<bool> LoadAsync(PortalCustomer customer, string subscriptionId, CancellationToken cancellationToken)
    {
        var mode = HttpContext.GetMode();
        if (await CustomerSubscriptions.FindAsync(sender, customer, mode, subscriptionId, cancellationToken) is not { } subscription)
        {
            return false;
        }

        Subscription = subscription;
        await LoadPageAsync(customer, mode, cancellationToken);
        return true;
    }
}
