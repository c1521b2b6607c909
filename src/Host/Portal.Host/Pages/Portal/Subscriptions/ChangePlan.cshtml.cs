using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The preview of a plan change (what is charged or credited now, the next renewal) and its
/// confirmation. Confirmed and paid → back to the subscription with a confirmation; declined → this
/// page says why and the plan stays; refused (updates off, another collection…) → said, nothing changes.
/// </summary>
public sealed class ChangePlanModel(ISender sender) : PageModel
{
    public SubscriptionDto Subscription { get; private set; } = null!;

    /// <summary>Null when the change is refused (see <see cref="ErrorCode"/>).</summary>
    public PlanChangePreviewDto? Preview { get; private set; }

    [BindProperty(SupportsGet = true, Name = "product")]
    public string? ProductId { get; set; }

    public string? ErrorCode { get; private set; }

    /// <summary>The gateway's reason when the payment was declined.</summary>
    public string? DeclineCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        return await LoadAsync(customer, subscriptionId, cancellationToken) ? Page() : NotFound();
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

        if (Preview is null)
        {
            return Page();
        }

        try
        {
            var result = await sender.SendAsync(
                new ChangeSubscriptionPlanCommand(
                    customer.BusinessId, HttpContext.GetMode(), Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Preview.ToProductId, Subscription.Quantity, null),
                cancellationToken);
            if (result.Outcome != PlanChangeResultDto.Declined)
            {
                return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}?done={(result.Outcome == PlanChangeResultDto.Changed ? "plan-changed" : string.Empty)}"));
            }

            DeclineCode = result.FailureCode ?? "card_declined";
            Response.StatusCode = StatusCodes.Status402PaymentRequired;
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
        await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken);
        try
        {
            Preview = await sender.QueryAsync(
                new PreviewPlanChangeQuery(customer.BusinessId, mode, subscription.Id, customer.CustomerId, ProductId ?? string.Empty, subscription.Quantity, null), cancellationToken);
        }
        catch (DomainException exception)
        {
            // A product that is not (or no longer) one of the plans on offer reads as any other refusal.
            ErrorCode ??= exception.Error.Kind == ErrorKind.NotFound ? "PRODUCT_NOT_IN_COLLECTION" : exception.Error.Code;
            Preview = null;
        }

        return true;
    }
}
