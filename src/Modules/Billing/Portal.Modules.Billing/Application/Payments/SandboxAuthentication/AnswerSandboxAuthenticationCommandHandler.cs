
namespace Portal.Modules.Billing.Application.Payments.SandboxAuthentication;

/// <summary>
/// Records the answer on the sandbox's side only, as a bank would: our payment learns it when the customer is
/// back in the portal (or from the reconciliation job), by asking the gateway, as with Stripe.
/// </summary>
internal sealed class AnswerSandboxAuthenticationCommandHandler(ISandboxAuthentication sandbox) : ICommandHandler<AnswerSandboxAuthenticationCommand, string>
{
    public async Task<string> Handle(AnswerSandboxAuthenticationCommand command, CancellationToken cancellationToken) =>
        await sandbox.CompleteAuthenticationAsync(command.Reference, command.Authenticated, cancellationToken)
            ?? throw new DomainException(Error.NotFound("No payment waits for authentication here."));
}
