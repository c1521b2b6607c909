namespace Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

internal sealed class SignInMerchantUserCommandHandler(IIdentityDbContext db, StaffSignIn signIn)
    : ICommandHandler<SignInMerchantUserCommand, MerchantSignIn?>
{
    public async Task<MerchantSignIn?> Handle(SignInMerchantUserCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        var user = await db.MerchantUsers.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email, cancellationToken);
        var session = await signIn.SignInAsync(StaffArea.Admin, email, user?.Id, user?.PasswordHash, command.Password, command.ClientAddress, cancellationToken);
        return session is { } id ? new MerchantSignIn(id, user!.Id, user.BusinessId, user.Name, user.Role) : null;
    }
}
