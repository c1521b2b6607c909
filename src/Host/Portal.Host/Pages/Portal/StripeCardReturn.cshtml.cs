using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Billing.Application.PaymentMethods.CompleteStripeCardSetup;

namespace Portal.Host.Pages.Portal;

/// <summary>
/// Where Stripe sends the customer back after the hosted card page: saves the card (once, and only if
/// the session is this customer's) and shows the payment methods with the outcome.
/// </summary>
public sealed class StripeCardReturnModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "session_id")] string? sessionId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            await sender.SendAsync(new CompleteStripeCardSetupCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, sessionId ?? string.Empty), cancellationToken);
            return Redirect(Url.Content("~/portal/payment-methods?done=added"));
        }
        catch (DomainException)
        {
            return Redirect(Url.Content("~/portal/payment-methods?done=setup-failed"));
        }
    }
}
