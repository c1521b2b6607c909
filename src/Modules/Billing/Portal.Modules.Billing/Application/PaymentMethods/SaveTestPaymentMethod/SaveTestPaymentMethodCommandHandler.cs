using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.SaveTestPaymentMethod;

internal sealed class SaveTestPaymentMethodCommandHandler(
    IPaymentGateways gateways, ISandboxCardVault sandbox, PaymentMethodSaver saver, CustomerGuard customers)
    : ICommandHandler<SaveTestPaymentMethodCommand, string>
{
    public async Task<string> Handle(SaveTestPaymentMethodCommand command, CancellationToken cancellationToken)
    {
        if (command.Mode != Mode.Test || gateways.ForNewCards(command.Mode) != PaymentGatewayKind.Sandbox)
        {
            throw new DomainException(Error.Unprocessable("TEST_TOKENS_NOT_ACCEPTED", "Test payment-method tokens are accepted in test mode with the sandbox processor only."));
        }

        if (!PrefixedId.TryParse<BusinessId>(command.BusinessId, out var businessId) || !PrefixedId.TryParse<CustomerId>(command.CustomerId, out var customerId))
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        await customers.EnsureExistsAsync(businessId, command.Mode, customerId, cancellationToken);
        var check = sandbox.CheckToken(command.Token);
        if (!check.IsAccepted)
        {
            throw new DomainException(Error.Validation(check.ErrorCode!.ToUpperInvariant(), check.ErrorMessage!));
        }

        var method = await saver.SaveAsync(businessId, command.Mode, customerId, PaymentGatewayKind.Sandbox, check.Token!, check.Card!, makeDefault: false, cancellationToken);
        return method.Id.Value;
    }
}
