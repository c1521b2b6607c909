using MediatR;

namespace Portal.Modules.Identity.Application.Businesses.SetOptionalEmails;

internal sealed class SetOptionalEmailsCommandHandler(IIdentityDbContext db) : ICommandHandler<SetOptionalEmailsCommand, Unit>
{
    public async Task<Unit> Handle(SetOptionalEmailsCommand command, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.FirstOrDefaultAsync(b => b.Id == command.BusinessId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Business not found."));
        business.TurnOffEmails(command.Off);
        return Unit.Value;
    }
}
