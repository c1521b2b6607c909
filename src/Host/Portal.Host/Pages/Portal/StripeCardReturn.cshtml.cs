namespace Portal.Host.Pages.Portal;

/// <summary>
/// Where Stripe sends the customer back after the hosted card page: saves the card (once, and only if
/// the session is this customer's) and shows the payment methods with the outcome (or, when a subscription's payment-method page sent the customer, goes back there with the new card picked).
/// </summary>
public sealed class StripeCardReturnModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "session_id")] string? sessionId, [FromQuery(Name = "for")] string? forSubscription, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            var saved = await sender.SendAsync(
                new CompleteStripeCardSetupCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, sessionId ?? string.Empty), cancellationToken);
            return Redirect(Url.Content(PaymentMethodsModel.AfterAdding(forSubscription, saved.PaymentMethodId)));
        }
        catch (DomainException)
        {
            return Redirect(Url.Content("~/portal/payment-methods?done=setup-failed"));
        }
    }
}
