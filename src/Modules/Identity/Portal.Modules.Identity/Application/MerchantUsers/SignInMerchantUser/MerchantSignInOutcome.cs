namespace Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

public enum MerchantSignInOutcome
{
    SignedIn,
    InvalidCredentials,
    LockedOut,
}
