namespace Portal.Host.Pages.Portal;

/// <summary>
/// Where the sandbox's authentication page sends the customer back after setting up a card that asked for 3-D Secure:
/// saves it (once, and only if the setup is this customer's and was authenticated) and shows the payment methods, or
/// goes back to the subscription's payment-method page with the new card picked. Not authenticated: nothing is saved
/// and the page says so.
/// </summary>
public sealed class SandboxCardReturnModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "setup_intent")] string? setupReference, [FromQuery(Name = "for")] string? forSubscription, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            var saved = await sender.SendAsync(
                new CompleteSandboxCardSetupCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, setupReference ?? string.Empty), cancellationToken);
            return Redirect(Url.Content(PaymentMethodsModel.AfterAdding(forSubscription, saved.PaymentMethodId)));
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
        catch (DomainException)
        {
            return Redirect(Url.Content("~/portal/payment-methods?done=not-authenticated"));
        }
    }
}
