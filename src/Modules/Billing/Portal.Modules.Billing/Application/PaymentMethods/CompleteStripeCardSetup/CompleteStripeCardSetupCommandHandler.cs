using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.CompleteStripeCardSetup;

internal sealed class CompleteStripeCardSetupCommandHandler(IBillingDbContext db, IStripeCardSetup stripe, PaymentMethodSaver saver, TimeProvider time)
    : ICommandHandler<CompleteStripeCardSetupCommand, PaymentMethodDto>
{
    public async Task<PaymentMethodDto> Handle(CompleteStripeCardSetupCommand command, CancellationToken cancellationToken)
    {
        var notFound = new DomainException(Error.NotFound("Card setup not found."));
        if (string.IsNullOrWhiteSpace(command.CheckoutSessionId) || command.CheckoutSessionId.Length > 255)
        {
            throw notFound;
        }

        var stripeCustomer = await db.BillingAccounts
            .Where(a => a.CustomerId == command.CustomerId && a.BusinessId == command.BusinessId && a.Mode == command.Mode)
            .Select(a => a.StripeCustomerReference)
            .FirstOrDefaultAsync(cancellationToken) ?? throw notFound;
        var saved = await stripe.CompleteAsync(command.Mode, command.CheckoutSessionId, cancellationToken);
        if (saved.StripeCustomerReference != stripeCustomer)
        {
            // Someone else's session id: never attach another customer's card.
            throw notFound;
        }

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var method = await saver.SaveStripeCardOnceAsync(command.BusinessId, command.Mode, command.CustomerId, saved, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PaymentMethodSaver.ToDto(method, time.GetUtcNow());
    }
}
