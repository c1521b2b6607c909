namespace Portal.Modules.Identity.Application.Businesses.CreateBusiness;

internal sealed class CreateBusinessCommandHandler(IIdentityDbContext db, TimeProvider time)
    : ICommandHandler<CreateBusinessCommand, BusinessId>
{
    public async Task<BusinessId> Handle(CreateBusinessCommand command, CancellationToken cancellationToken)
    {
        var id = command.BusinessId ?? PrefixedId.New<BusinessId>();
        if (await db.Businesses.AnyAsync(b => b.Id == id, cancellationToken))
        {
            throw new DomainException(Error.Conflict("BUSINESS_EXISTS", $"Business {id} already exists."));
        }

        db.Businesses.Add(Business.Create(id, command.Name, new Branding(command.AccentColor, command.LogoUrl, command.SupportEmail), time.GetUtcNow()));
        return id;
    }
}
