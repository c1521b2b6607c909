using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

public sealed record MerchantSignInResult(MerchantSignInOutcome Outcome, Guid? UserId, BusinessId? BusinessId, string? Name)
{
    public static MerchantSignInResult Failed(MerchantSignInOutcome outcome) => new(outcome, null, null, null);
}
