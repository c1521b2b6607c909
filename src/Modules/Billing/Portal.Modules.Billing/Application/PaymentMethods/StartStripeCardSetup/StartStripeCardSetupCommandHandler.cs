using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Domain.BillingAccounts;

namespace Portal.Modules.Billing.Application.PaymentMethods.StartStripeCardSetup;

internal sealed class StartStripeCardSetupCommandHandler(
    IBillingDbContext db, IPaymentGateways gateways, IStripeCardSetup stripe, CustomerGuard customers, TimeProvider time)
    : ICommandHandler<StartStripeCardSetupCommand, string>
{
    public async Task<string> Handle(StartStripeCardSetupCommand command, CancellationToken cancellationToken)
    {
        var contact = await customers.EnsureExistsAsync(command.BusinessId, command.Mode, command.CustomerId, cancellationToken);
        if (gateways.ForNewCards(command.Mode) != PaymentGatewayKind.Stripe)
        {
            throw new DomainException(Error.Unprocessable("STRIPE_NOT_CONFIGURED", "Cards are not saved with Stripe in this mode."));
        }

        // The account is opened by Identity's "customer created" event; a customer this fast gets it here.
        var account = await db.BillingAccounts.FirstOrDefaultAsync(a => a.CustomerId == command.CustomerId, cancellationToken);
        if (account is null)
        {
            account = BillingAccount.Open(command.CustomerId, command.BusinessId, command.Mode, time.GetUtcNow());
            db.BillingAccounts.Add(account);
        }

        var separator = command.ReturnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var session = await stripe.StartAsync(
            command.Mode,
            account.StripeCustomerReference,
            contact.CustomerEmail,
            contact.CustomerName,
            $"{command.ReturnUrl}{separator}session_id={{CHECKOUT_SESSION_ID}}",
            command.CancelUrl,
            cancellationToken);
        account.LinkStripeCustomer(session.StripeCustomerReference);
        return session.CheckoutUrl;
    }
}
