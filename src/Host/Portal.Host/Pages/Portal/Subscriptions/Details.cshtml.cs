using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Billing.Contracts.Credits;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// One of the customer's subscriptions: plan, dates, the card that pays it, billing details and history,
/// with undo for a scheduled cancellation. Anyone else's subscription is a plain 404.
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = null!;

    public IReadOnlyList<SubscriptionTransitionDto> History { get; private set; } = [];

    /// <summary>The card renewals charge: the one the subscription names, or the customer's default. Null when there is none.</summary>
    public PaymentMethodDto? PaymentMethod { get; private set; }

    public string CustomerName { get; private set; } = string.Empty;

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>The other plans of the subscription's collection; empty when the business does not allow plan changes.</summary>
    public IReadOnlyList<PlanOptionDto> PlanOptions { get; private set; } = [];

    /// <summary>The customer's credit in the subscription's currency (minor units), spent first by the next payments.</summary>
    public long Credit { get; private set; }

    /// <summary>What just happened (after a redirect): cancel-scheduled, cancelled, undone, billing, plan-changed.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>Why the last change was refused, as the code the commands answer (translated by the page).</summary>
    public string? ErrorCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        return await LoadAsync(customer, subscriptionId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Takes back a cancellation scheduled for the end of the period: the subscription renews as before.</summary>
    public async Task<IActionResult> OnPostUndoAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        if (!await LoadAsync(customer, subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await sender.SendAsync(
                new UpdateSubscriptionCommand(
                    customer.BusinessId, HttpContext.GetMode(), Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, CancelAtNextBillingDate: false),
                cancellationToken);
            return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}?done=undone"));
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Conflict or ErrorKind.Unprocessable or ErrorKind.Validation)
        {
            ErrorCode = exception.Error.Code;
            Response.StatusCode = ApiError.StatusOf(exception.Error.Kind);
        }

        await LoadAsync(customer, subscriptionId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(PortalCustomer customer, string subscriptionId, CancellationToken cancellationToken)
    {
        var mode = HttpContext.GetMode();
        if (await CustomerSubscriptions.FindAsync(sender, customer, mode, subscriptionId, cancellationToken) is not { } subscription)
        {
            return false;
        }

        Subscription = subscription;
        var overview = await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        (CustomerName, BusinessName) = (overview.CustomerName, overview.BusinessName);
        History = await sender.QueryAsync(new ListSubscriptionHistoryQuery(customer.BusinessId, mode, subscription.Id, customer.CustomerId), cancellationToken);
        var methods = await sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        PlanOptions = await sender.QueryAsync(new ListPlanOptionsQuery(customer.BusinessId, mode, subscription.Id, customer.CustomerId), cancellationToken);
        Credit = (await sender.QueryAsync(new GetCustomerCreditQuery(customer.BusinessId.Value, mode, customer.CustomerId.Value), cancellationToken))
            .FirstOrDefault(b => b.Currency == subscription.Currency)?.Amount ?? 0;
        PaymentMethod = subscription.PaymentMethodId is { } id ? methods.FirstOrDefault(m => m.PaymentMethodId == id) : methods.FirstOrDefault(m => m.IsDefault);
        return true;
    }
}
