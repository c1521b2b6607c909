using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.SandboxCardSetup;

internal sealed class CompleteSandboxCardSetupCommandHandler(IBillingDbContext db, ISandboxCardSetup setups, ISandboxCardVault sandbox, PaymentMethodSaver saver, TimeProvider time)
    : ICommandHandler<CompleteSandboxCardSetupCommand, PaymentMethodDto>
{
    public async Task<PaymentMethodDto> Handle(CompleteSandboxCardSetupCommand command, CancellationToken cancellationToken)
    {
        var setup = command.SetupReference.Length <= 64 ? await setups.FindSetupAsync(command.SetupReference, cancellationToken) : null;
        if (setup is null || setup.BusinessId != command.BusinessId || setup.Mode != command.Mode || setup.CustomerId != command.CustomerId)
        {
            // Someone else's setup: never attach another customer's card, and say nothing of it.
            throw new DomainException(Error.NotFound("Card setup not found."));
        }

        if (!setup.Succeeded)
        {
            throw new DomainException(Error.Unprocessable("CARD_NOT_AUTHENTICATED", "Your bank did not confirm the card, so it was not saved."));
        }

        var existing = await db.PaymentMethods.FirstOrDefaultAsync(
            m => m.CustomerId == command.CustomerId && m.Gateway == PaymentGatewayKind.Sandbox && m.GatewayReference == setup.Reference && m.RemovedAt == null,
            cancellationToken);
        var card = sandbox.CheckToken(setup.Token).Card!;
        var method = existing ?? await saver.SaveAsync(
            command.BusinessId, command.Mode, command.CustomerId, PaymentGatewayKind.Sandbox, setup.Reference,
            new CardDetails(card.Brand, card.LastFour, setup.ExpiryMonth, setup.ExpiryYear), setup.MakeDefault, cancellationToken);
        return PaymentMethodSaver.ToDto(method, time.GetUtcNow());
    }
}
