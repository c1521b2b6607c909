namespace Portal.BuildingBlocks.Application;

/// <summary>
/// The addresses of the Host's pages that modules put in emails and API answers. The Host owns its routes and
/// implements this; modules and BuildingBlocks only ask, so a route changes in one place.
/// </summary>
public interface IPortalLinks
{
    /// <summary>The one-time sign-in link; the token travels in the path and is consumed only by a POST.</summary>
    string SignInLink(Mode mode, string token);

    /// <summary>A business's static link: never expires, asks the customer for the email of a purchase.</summary>
    string StaticLink(Mode mode, BusinessId businessId);

    /// <summary>The one-time link with which invited staff (merchant users, operators) choose their password.</summary>
    string PasswordSetupLink(string token);

    /// <summary>Where a sign-in link lands to show one subscription (a path of the portal, inside the mode).</summary>
    string SubscriptionLanding(string subscriptionId);

    /// <summary>Where a sign-in link lands to change a subscription's payment method (and pay its dues when on hold).</summary>
    string PaymentMethodLanding(string subscriptionId);

    /// <summary>Where a sign-in link lands to show the customer's payments and invoices.</summary>
    string InvoicesLanding { get; }

    /// <summary>Where a sign-in link lands to show the customer's saved cards.</summary>
    string CardsLanding { get; }

    /// <summary>Where a sign-in link lands to show the customer's license keys.</summary>
    string LicensesLanding { get; }

    /// <summary>Whether a path is one a sign-in link may land on: a page of the customer portal, never another site.</summary>
    bool IsLanding(string? path);
}
