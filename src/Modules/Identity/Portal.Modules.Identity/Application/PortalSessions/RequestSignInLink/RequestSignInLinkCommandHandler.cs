using MediatR;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Application.RateLimits;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

internal sealed class RequestSignInLinkCommandHandler(IIdentityDbContext db, IRateLimiter limiter, TimeProvider time)
    : ICommandHandler<RequestSignInLinkCommand, Unit>
{
    public const int PerEmailPerHour = 5;
    public const int PerClientPerHour = 30;
    public const int PerBusinessPerHour = 1000;

    public async Task<Unit> Handle(RequestSignInLinkCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Businesses.AnyAsync(b => b.Id == command.BusinessId, cancellationToken))
        {
            throw new DomainException(Error.NotFound("Business not found."));
        }

        if (!await WithinLimitsAsync(command, cancellationToken))
        {
            return Unit.Value;
        }

        // The same write for a known and an unknown email; who it belongs to is decided in the background.
        var now = time.GetUtcNow();
        db.AddIntegrationEvent(new SignInLinkRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, command.BusinessId.Value, command.Mode, command.Email, command.Language));
        return Unit.Value;
    }

    // Every counter is incremented, so a flood keeps being counted even once one limit is reached.
    private async Task<bool> WithinLimitsAsync(RequestSignInLinkCommand command, CancellationToken cancellationToken)
    {
        var hour = TimeSpan.FromHours(1);
        var email = await limiter.TryAcquireAsync($"signin:email:{command.Mode}:{command.BusinessId}:{EmailAddress.Normalize(command.Email)}", PerEmailPerHour, hour, cancellationToken);
        var client = await limiter.TryAcquireAsync($"signin:client:{command.ClientAddress}", PerClientPerHour, hour, cancellationToken);
        var business = await limiter.TryAcquireAsync($"signin:business:{command.Mode}:{command.BusinessId}", PerBusinessPerHour, hour, cancellationToken);
        return email && client && business;
    }
}
