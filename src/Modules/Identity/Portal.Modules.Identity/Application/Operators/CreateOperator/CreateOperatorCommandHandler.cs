using Portal.Modules.Identity.Contracts.Operators;

namespace Portal.Modules.Identity.Application.Operators.CreateOperator;

internal sealed class CreateOperatorCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<CreateOperatorCommand, string>
{
    public async Task<string> Handle(CreateOperatorCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var email = EmailAddress.Normalize(command.Email);
        var existing = await db.Operators.FirstOrDefaultAsync(o => o.NormalizedEmail == email, cancellationToken);
        if (existing?.PasswordHash is not null)
        {
            throw new DomainException(Error.Conflict("OPERATOR_EXISTS", "An operator with this email already exists."));
        }

        var account = existing ?? Operator.Create(command.Email, email, command.Name, command.CanManageJobs, now);
        if (existing is null)
        {
            db.Operators.Add(account);
        }

        var (link, token) = PasswordSetupLink.Create(StaffArea.Ops, account.Id, now);
        db.PasswordSetupLinks.Add(link);
        return token;
    }
}
