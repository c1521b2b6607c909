namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>A merchant user's new session, with what the admin area needs to know of them.</summary>
public sealed record MerchantSignIn(Guid SessionId, Guid UserId, BusinessId BusinessId, string Name, MerchantRole Role);
