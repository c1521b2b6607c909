using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.AddSandboxCard;

internal sealed class AddSandboxCardCommandHandler(SandboxCardIntake intake, PaymentMethodSaver saver, TimeProvider time)
    : ICommandHandler<AddSandboxCardCommand, PaymentMethodDto>
{
    public async Task<PaymentMethodDto> Handle(AddSandboxCardCommand command, CancellationToken cancellationToken)
    {
        var check = await intake.CheckAsync(command.BusinessId, command.Mode, command.CustomerId, command.CardNumber, command.ExpiryMonth, command.ExpiryYear, cancellationToken);
        var method = await saver.SaveAsync(
            command.BusinessId, command.Mode, command.CustomerId, PaymentGatewayKind.Sandbox, check.Token!, check.Card!, command.MakeDefault, cancellationToken);
        return PaymentMethodSaver.ToDto(method, time.GetUtcNow());
    }
}
