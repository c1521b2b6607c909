using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The confirmation step before a cancellation: at the end of the period (the default, which keeps
/// access and can be undone) or now. A refusal (already cancelled…) is shown and changes nothing.
/// </summary>
public sealed class CancelModel(ISender sender) : PageModel
{
    public const string AtPeriodEnd = "period_end";
    public const string Now = "now";

    public SubscriptionDto Subscription { get; private set; } = null!;

    /// <summary>When to cancel: <see cref="AtPeriodEnd"/> or <see cref="Now"/>.</summary>
    [BindProperty]
    public string? When { get; set; }

    public string? ErrorCode { get; private set; }

    public bool HasEnded => !Subscription.IsCurrent;

    public async Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        if (!await LoadAsync(customer, subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        When = Subscription.CanCancelAtPeriodEnd ? AtPeriodEnd : Now;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        if (!await LoadAsync(customer, subscriptionId, cancellationToken))
        {
            return NotFound();
        }

        var atPeriodEnd = When != Now;
        try
        {
            await sender.SendAsync(
                new CancelSubscriptionCommand(customer.BusinessId, HttpContext.GetMode(), Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, atPeriodEnd),
                cancellationToken);
            return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}?done={(atPeriodEnd ? "cancel-scheduled" : "cancelled")}"));
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Conflict or ErrorKind.Unprocessable or ErrorKind.Validation)
        {
            ErrorCode = exception.Error.Code;
            Response.StatusCode = ApiError.StatusOf(exception.Error.Kind);
        }

        await LoadAsync(customer, subscriptionId, cancellationToken);
        When = Subscription.CanCancelAtPeriodEnd ? When : Now;
        return Page();
    }

    private async Task<bool> LoadAsync(PortalCustomer customer, string subscriptionId, CancellationToken cancellationToken)
    {
        if (await CustomerSubscriptions.FindAsync(sender, customer, HttpContext.GetMode(), subscriptionId, cancellationToken) is not { } subscription)
        {
            return false;
        }

        Subscription = subscription;
        await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        return true;
    }
}
