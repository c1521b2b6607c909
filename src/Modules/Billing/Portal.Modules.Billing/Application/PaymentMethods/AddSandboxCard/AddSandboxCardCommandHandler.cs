using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.AddSandboxCard;

internal sealed class AddSandboxCardCommandHandler(
    IPaymentGateways gateways, ISandboxCardVault sandbox, PaymentMethodSaver saver, CustomerGuard customers, TimeProvider time)
    : ICommandHandler<AddSandboxCardCommand, PaymentMethodDto>
{
    public async Task<PaymentMethodDto> Handle(AddSandboxCardCommand command, CancellationToken cancellationToken)
    {
        await customers.EnsureExistsAsync(command.BusinessId, command.Mode, command.CustomerId, cancellationToken);
        switch (gateways.ForNewCards(command.Mode))
        {
            case PaymentGatewayKind.Stripe:
                throw new DomainException(Error.Unprocessable("USE_GATEWAY_SETUP", "Cards are saved on the payment provider's secure page."));
            case null:
                throw new DomainException(Error.Unprocessable("PAYMENTS_NOT_CONFIGURED", "This business cannot take card payments yet."));
        }

        var check = sandbox.Check(command.CardNumber, command.ExpiryMonth, command.ExpiryYear);
        if (!check.IsAccepted)
        {
            throw new DomainException(Error.Validation(check.ErrorCode!.ToUpperInvariant(), check.ErrorMessage!));
        }

        var method = await saver.SaveAsync(
            command.BusinessId, command.Mode, command.CustomerId, PaymentGatewayKind.Sandbox, check.Token!, check.Card!, command.MakeDefault, cancellationToken);
        return PaymentMethodSaver.ToDto(method, time.GetUtcNow());
    }
}
