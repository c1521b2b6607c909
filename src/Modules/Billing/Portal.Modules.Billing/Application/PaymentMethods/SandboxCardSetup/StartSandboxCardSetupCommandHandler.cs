using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.SandboxCardSetup;

internal sealed class StartSandboxCardSetupCommandHandler(SandboxCardIntake intake, ISandboxCardSetup setups, PaymentMethodSaver saver, TimeProvider time)
    : ICommandHandler<StartSandboxCardSetupCommand, SandboxCardSetupDto>
{
    public async Task<SandboxCardSetupDto> Handle(StartSandboxCardSetupCommand command, CancellationToken cancellationToken)
    {
        var check = await intake.CheckAsync(command.BusinessId, command.Mode, command.CustomerId, command.CardNumber, command.ExpiryMonth, command.ExpiryYear, cancellationToken);
        if (check.AsksForAuthentication)
        {
            var authenticate = await setups.StartSetupAsync(
                new SandboxSetupRequest(
                    command.BusinessId, command.Mode, command.CustomerId, check.Token!, check.Card!.ExpiryMonth, check.Card.ExpiryYear, command.MakeDefault, command.ReturnUrl),
                cancellationToken);
            return new SandboxCardSetupDto(null, authenticate);
        }

        var method = await saver.SaveAsync(
            command.BusinessId, command.Mode, command.CustomerId, PaymentGatewayKind.Sandbox, check.Token!, check.Card!, command.MakeDefault, cancellationToken);
        return new SandboxCardSetupDto(PaymentMethodSaver.ToDto(method, time.GetUtcNow()), null);
    }
}
