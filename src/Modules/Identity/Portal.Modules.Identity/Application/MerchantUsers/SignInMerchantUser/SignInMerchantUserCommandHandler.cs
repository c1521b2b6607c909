using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Domain.Customers;
using Portal.Modules.Identity.Domain.MerchantUsers;

namespace Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

internal sealed class SignInMerchantUserCommandHandler(IIdentityDbContext db, IPasswordHasher<MerchantUser> hasher, TimeProvider time)
    : ICommandHandler<SignInMerchantUserCommand, MerchantSignInResult>
{
    public async Task<MerchantSignInResult> Handle(SignInMerchantUserCommand command, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailAddress.Normalize(command.Email);
        var user = await db.MerchantUsers.FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        var now = time.GetUtcNow();
        if (user is null)
        {
            return MerchantSignInResult.Failed(MerchantSignInOutcome.InvalidCredentials);
        }

        if (user.IsLockedOut(now))
        {
            return MerchantSignInResult.Failed(MerchantSignInOutcome.LockedOut);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password);
        if (verification == PasswordVerificationResult.Failed)
        {
            user.RecordFailedSignIn(now);
            return MerchantSignInResult.Failed(user.IsLockedOut(now) ? MerchantSignInOutcome.LockedOut : MerchantSignInOutcome.InvalidCredentials);
        }

        user.RecordSuccessfulSignIn(verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, command.Password) : null);
        return new MerchantSignInResult(MerchantSignInOutcome.SignedIn, user.Id, user.BusinessId, user.Name);
    }
}
