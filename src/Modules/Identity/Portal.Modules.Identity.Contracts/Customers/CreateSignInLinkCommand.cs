namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// A one-time, 24-hour sign-in link for another module's email (an on-hold subscription's, say) that
/// lands the customer straight on <paramref name="LandingPath"/> (a portal page, from <c>IPortalLinks</c>). Answers the
/// link's URL. A blocked customer, or one whose business closed its portal, gets none: 404, or with
/// <paramref name="OrStaticLink"/> the business's static link, whose page explains (an email's button always leads somewhere).
/// <paramref name="ReturnUrl"/>, when given, becomes the session's "Return to {business}" button, under
/// the portal session's rule (https or an allowed origin; 422 <c>INVALID_RETURN_URL</c> otherwise).
/// </summary>
public sealed record CreateSignInLinkCommand(string BusinessId, Mode Mode, string CustomerId, string LandingPath, string? ReturnUrl = null, bool OrStaticLink = false)
    : ICommand<string>;
