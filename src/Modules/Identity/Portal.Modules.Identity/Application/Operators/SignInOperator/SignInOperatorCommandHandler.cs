using Portal.Modules.Identity.Contracts.Operators;

namespace Portal.Modules.Identity.Application.Operators.SignInOperator;

internal sealed class SignInOperatorCommandHandler(IIdentityDbContext db, StaffSignIn signIn)
    : ICommandHandler<SignInOperatorCommand, OperatorSignIn?>
{
    public async Task<OperatorSignIn?> Handle(SignInOperatorCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        var found = await db.Operators.AsNoTracking().FirstOrDefaultAsync(o => o.NormalizedEmail == email, cancellationToken);
        var session = await signIn.SignInAsync(StaffArea.Ops, email, found?.Id, found?.PasswordHash, command.Password, command.ClientAddress, cancellationToken);
        return session is { } id ? new OperatorSignIn(id, found!.Id, found.Name, found.CanManageJobs) : null;
    }
}
