using MediatR;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

internal sealed class RequestSignInLinkCommandHandler(IIdentityDbContext db, SignInLinkRequests requests, TimeProvider time)
    : ICommandHandler<RequestSignInLinkCommand, Unit>
{
    public async Task<Unit> Handle(RequestSignInLinkCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Businesses.AnyAsync(b => b.Id == command.BusinessId && b.PortalClosedAt == null, cancellationToken))
        {
            throw new DomainException(Error.NotFound("Business not found."));
        }

        if (!await requests.AllowAsync(command.Mode, command.BusinessId, command.Email, command.ClientAddress, cancellationToken))
        {
            return Unit.Value;
        }

        // The same write for a known and an unknown email; who it belongs to is decided in the background.
        var now = time.GetUtcNow();
        db.AddIntegrationEvent(new SignInLinkRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, command.BusinessId.Value, command.Mode, command.Email, command.Language));
        return Unit.Value;
    }
}
