using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Domain.PortalLinks;

namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

internal sealed class CreatePortalSessionCommandHandler(IIdentityDbContext db, PortalUrls urls, TimeProvider time)
    : ICommandHandler<CreatePortalSessionCommand, PortalSessionLink>
{
    public async Task<PortalSessionLink> Handle(CreatePortalSessionCommand command, CancellationToken cancellationToken)
    {
        var customerExists = await db.Customers.AnyAsync(
            c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode,
            cancellationToken);
        if (!customerExists)
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        var (link, token) = PortalLink.Create(command.BusinessId, command.Mode, command.CustomerId, command.ReturnUrl, time.GetUtcNow());
        db.PortalLinks.Add(link);
        return new PortalSessionLink(urls.SignInLink(command.Mode, token), link.ExpiresAt);
    }
}
