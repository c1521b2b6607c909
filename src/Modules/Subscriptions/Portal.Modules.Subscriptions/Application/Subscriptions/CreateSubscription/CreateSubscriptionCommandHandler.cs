using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.CreateSubscription;

/// <summary>Saves the subscription as pending first (its own commit), then charges the first period under its row lock.</summary>
internal sealed class CreateSubscriptionCommandHandler(
    ISubscriptionsDbContext db, ISender sender, SubscriptionBiller biller, LockedSubscription locked, TimeProvider time)
    : ICommandHandler<CreateSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(CreateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(command.BusinessId.Value, command.Mode, [command.CustomerId]), cancellationToken);
        if (!contacts.ContainsKey(command.CustomerId))
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        var product = await ProductFinder.FindAsync(db.Products, command.BusinessId, command.Mode, command.ProductId, cancellationToken);
        var billing = BillingAddress.Create(command.Billing.Country, command.Billing.State, command.Billing.City, command.Billing.Street, command.Billing.Zipcode);
        Subscription.EnsureSubscribable(product, command.Quantity);
        var paymentMethodId = await PaymentMethodAsync(command, cancellationToken);
        var subscription = Subscription.Start(
            command.BusinessId, command.Mode, CustomerId.FromTrusted(command.CustomerId), product, command.Quantity, paymentMethodId, billing,
            command.Actor, time.GetUtcNow());
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);

        return await locked.ChangeAsync(
            command.BusinessId, command.Mode, subscription.Id.Value, null, s => biller.ChargeFirstPaymentAsync(s, cancellationToken), cancellationToken);
    }

    private async Task<string> PaymentMethodAsync(CreateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var given = command.PaymentMethodId?.Trim();
        return given is not null && !PrefixedId.TryParse<PaymentMethodId>(given, out _) && given.StartsWith("pm_card_", StringComparison.Ordinal)
            ? await sender.SendAsync(new SaveTestPaymentMethodCommand(command.BusinessId.Value, command.Mode, command.CustomerId, given), cancellationToken)
            : await sender.QueryAsync(new ResolvePaymentMethodQuery(command.BusinessId.Value, command.Mode, command.CustomerId, given), cancellationToken);
    }
}
