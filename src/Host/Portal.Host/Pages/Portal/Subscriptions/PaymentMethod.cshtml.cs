using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The subscription's payment method: pick a saved card (or add one and come back), then confirm. On an
/// on-hold subscription confirming pays the dues with that card: paid → a confirmation; declined → the
/// reason, and the choice again (the card is not kept). Anyone else's subscription or card is a plain 404.
/// </summary>
public sealed class PaymentMethodModel(ISender sender) : PageModel
{
    public const string Changed = "changed";
    public const string Reactivated = "reactivated";

    public SubscriptionDto Subscription { get; private set; } = null!;

    public IReadOnlyList<PaymentMethodDto> Methods { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>The merchant's page the customer came from (a <c>return_url</c> of the link that signed them in).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>The card renewals charge now: the subscription's own, or the customer's default.</summary>
    public string? CurrentMethodId { get; private set; }

    /// <summary>The card picked: posted, or just added (<c>?chosen=</c> after the add-card page), else the current one.</summary>
    [BindProperty(SupportsGet = true, Name = "chosen")]
    public string? Chosen { get; set; }

    /// <summary>What just happened (after a redirect): changed, reactivated.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The payment that reactivated the subscription, for the confirmation.</summary>
    public PaymentDto? DuesPaid { get; private set; }

    /// <summary>The gateway's code for the declined dues payment (insufficient_funds, card_declined…).</summary>
    public string? DeclineCode { get; private set; }

    /// <summary>The dues payment's outcome is not known yet: nothing changed, confirming again replays it.</summary>
    public bool PaymentProcessing { get; private set; }

    /// <summary>Why the change was refused, as the code the commands answer (translated by the page).</summary>
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

        Chosen = Methods.Any(m => m.PaymentMethodId == Chosen) ? Chosen : CurrentMethodId;
        if (Done == Reactivated && Subscription is { Status: SubscriptionStatus.Active, LatestPaymentId: { } paymentId })
        {
            var payment = await sender.QueryAsync(new GetPaymentQuery(customer.BusinessId, HttpContext.GetMode(), paymentId), cancellationToken);
            DuesPaid = payment.CustomerId == customer.CustomerId.Value && payment.Status == "succeeded" ? payment : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string subscriptionId, CancellationToken cancellationToken)
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

        if (string.IsNullOrEmpty(Chosen))
        {
            ErrorCode = "PAYMENT_METHOD_NOT_CHOSEN";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            var change = await sender.SendAsync(
                new ChangeSubscriptionPaymentMethodCommand(customer.BusinessId, HttpContext.GetMode(), Subscription.Id, customer.CustomerId, SubscriptionActor.Customer, Chosen),
                cancellationToken);
            switch (change.DuesPayment?.Status)
            {
                case null:
                    return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}/payment-method?done={Changed}"));
                case "succeeded":
                    return Redirect(Url.Content($"~/portal/subscriptions/{Subscription.Id}/payment-method?done={Reactivated}"));
                case "processing":
                    PaymentProcessing = true;
                    Response.StatusCode = StatusCodes.Status202Accepted;
                    break;
                default:
                    DeclineCode = change.DuesPayment.FailureCode ?? "card_declined";
                    Response.StatusCode = StatusCodes.Status402PaymentRequired;
                    break;
            }
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            // Another customer's card, or one removed meanwhile: no hint which.
            return NotFound();
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
        BusinessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        ReturnUrl = customer.ReturnUrl;
        Methods = await sender.QueryAsync(new ListPaymentMethodsQuery(customer.BusinessId, mode, customer.CustomerId), cancellationToken);
        CurrentMethodId = subscription.PaymentMethodId ?? Methods.FirstOrDefault(m => m.IsDefault)?.PaymentMethodId;
        return true;
    }
}
