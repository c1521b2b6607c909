using MediatR;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

internal sealed class RequestUnifiedSignInLinkCommandHandler(IIdentityDbContext db, SignInLinkRequests requests, TimeProvider time)
    : ICommandHandler<RequestUnifiedSignInLinkCommand, Unit>
{
    public async Task<Unit> Handle(RequestUnifiedSignInLinkCommand command, CancellationToken cancellationToken)
    {
        if (await requests.AllowAsync(command.Mode, business: null, command.Email, command.ClientAddress, cancellationToken))
        {
            var now = time.GetUtcNow();
            db.AddIntegrationEvent(new UnifiedSignInLinkRequestedIntegrationEvent(Guid.CreateVersion7(now), now, command.Mode, command.Email, command.Language));
        }

        return Unit.Value;
    }
}
