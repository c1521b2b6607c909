using MediatR;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.RemovePaymentMethod;

internal sealed class RemovePaymentMethodCommandHandler(IBillingDbContext db, TimeProvider time) : ICommandHandler<RemovePaymentMethodCommand, Unit>
{
    public async Task<Unit> Handle(RemovePaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var method = await ChargeablePaymentMethod.FindAsync(db, command.BusinessId, command.Mode, command.CustomerId, command.PaymentMethodId, cancellationToken);
        var wasDefault = method.IsDefault;
        method.Remove(time.GetUtcNow());
        if (!wasDefault)
        {
            return Unit.Value;
        }

        // Cleared before another one is promoted: the database allows one default at a time.
        await db.SaveChangesAsync(cancellationToken);
        var next = await db.PaymentMethods
            .Where(m => m.BusinessId == command.BusinessId && m.Mode == command.Mode && m.CustomerId == command.CustomerId && m.RemovedAt == null)
            .OrderByDescending(m => m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        next?.MakeDefault();
        return Unit.Value;
    }
}
