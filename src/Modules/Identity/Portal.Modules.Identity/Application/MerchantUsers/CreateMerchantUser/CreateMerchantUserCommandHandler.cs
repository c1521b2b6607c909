namespace Portal.Modules.Identity.Application.MerchantUsers.CreateMerchantUser;

internal sealed class CreateMerchantUserCommandHandler(IIdentityDbContext db, TimeProvider time)
    : ICommandHandler<CreateMerchantUserCommand, Guid>
{
    public async Task<Guid> Handle(CreateMerchantUserCommand command, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailAddress.Normalize(command.Email);
        if (await db.MerchantUsers.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            throw new DomainException(Error.Conflict("MERCHANT_USER_EXISTS", "A merchant user with this email already exists."));
        }

        if (!await db.Businesses.AnyAsync(b => b.Id == command.BusinessId, cancellationToken))
        {
            throw new DomainException(Error.NotFound("Business not found."));
        }

        var user = MerchantUser.Create(command.BusinessId, command.Email, normalizedEmail, command.Name, command.Role, time.GetUtcNow());
        user.SetPassword(StaffPasswords.Hash(command.Password));
        db.MerchantUsers.Add(user);
        return user.Id;
    }
}
