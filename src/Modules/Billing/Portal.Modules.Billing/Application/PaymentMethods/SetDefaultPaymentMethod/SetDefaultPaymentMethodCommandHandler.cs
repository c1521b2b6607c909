using MediatR;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.SetDefaultPaymentMethod;

internal sealed class SetDefaultPaymentMethodCommandHandler(IBillingDbContext db) : ICommandHandler<SetDefaultPaymentMethodCommand, Unit>
{
    public async Task<Unit> Handle(SetDefaultPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var method = await ChargeablePaymentMethod.FindAsync(db, command.BusinessId, command.Mode, command.CustomerId, command.PaymentMethodId, cancellationToken);
        if (method.IsDefault)
        {
            return Unit.Value;
        }

        await db.PaymentMethods
            .Where(m => m.BusinessId == command.BusinessId && m.Mode == command.Mode && m.CustomerId == command.CustomerId && m.IsDefault)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.IsDefault, false), cancellationToken);
        method.MakeDefault();
        return Unit.Value;
    }
}
