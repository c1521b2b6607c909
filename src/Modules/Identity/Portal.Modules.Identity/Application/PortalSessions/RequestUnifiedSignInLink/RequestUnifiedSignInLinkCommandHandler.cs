using MediatR;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Application.RateLimits;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

internal sealed class RequestUnifiedSignInLinkCommandHandler(IIdentityDbContext db, IRateLimiter limiter, TimeProvider time)
    : ICommandHandler<RequestUnifiedSignInLinkCommand, Unit>
{
    public const int PerEmailPerHour = 5;
    public const int PerClientPerHour = 30;

    public async Task<Unit> Handle(RequestUnifiedSignInLinkCommand command, CancellationToken cancellationToken)
    {
        var hour = TimeSpan.FromHours(1);
        var email = await limiter.TryAcquireAsync($"unified:email:{command.Mode}:{EmailAddress.Normalize(command.Email)}", PerEmailPerHour, hour, cancellationToken);
        var client = await limiter.TryAcquireAsync($"signin:client:{command.ClientAddress}", PerClientPerHour, hour, cancellationToken);
        if (email && client)
        {
            var now = time.GetUtcNow();
            db.AddIntegrationEvent(new UnifiedSignInLinkRequestedIntegrationEvent(Guid.CreateVersion7(now), now, command.Mode, command.Email, command.Language));
        }

        return Unit.Value;
    }
}
