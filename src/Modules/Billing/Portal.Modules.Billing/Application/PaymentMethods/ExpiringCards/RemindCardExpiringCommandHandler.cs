using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.ExpiringCards;

/// <summary>
/// Claims the card's one reminder with a conditional update in the transaction that writes its event, so a second
/// job server, or the next day's run, finds it claimed and announces nothing.
/// </summary>
internal sealed class RemindCardExpiringCommandHandler(IBillingDbContext db, TimeProvider time) : ICommandHandler<RemindCardExpiringCommand, bool>
{
    public async Task<bool> Handle(RemindCardExpiringCommand command, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<PaymentMethodId>(command.PaymentMethodId, out var id))
        {
            return false;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var claimed = await db.PaymentMethods
            .Where(m => m.Id == id && m.BusinessId == command.BusinessId && m.Mode == command.Mode && m.RemovedAt == null && m.ExpiryRemindedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ExpiryRemindedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var customer = await db.PaymentMethods.AsNoTracking().Where(m => m.Id == id).Select(m => m.CustomerId).SingleAsync(cancellationToken);
        db.AddIntegrationEvent(new CardExpiringIntegrationEvent(
            Guid.CreateVersion7(now), now, command.PaymentMethodId, command.BusinessId.Value, command.Mode, customer.Value, command.ProductNames));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
