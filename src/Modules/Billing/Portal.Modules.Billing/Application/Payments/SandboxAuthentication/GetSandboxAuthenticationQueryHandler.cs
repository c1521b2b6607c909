
namespace Portal.Modules.Billing.Application.Payments.SandboxAuthentication;

internal sealed class GetSandboxAuthenticationQueryHandler(ISandboxAuthentication sandbox) : IQueryHandler<GetSandboxAuthenticationQuery, SandboxAuthenticationDto>
{
    public async Task<SandboxAuthenticationDto> Handle(GetSandboxAuthenticationQuery query, CancellationToken cancellationToken) =>
        await sandbox.FindAuthenticationAsync(query.Reference, cancellationToken)
            ?? throw new DomainException(Error.NotFound("No payment waits for authentication here."));
}
