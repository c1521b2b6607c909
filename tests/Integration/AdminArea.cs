using System.Net;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>Steps the admin-area tests share: a signed-in merchant of a business, and customers to look at.</summary>
internal static partial class AdminArea
{
    public const string Password = "correct horse battery";
    public const string OwnerEmail = "owner@acme.example";

    /// <summary>Creates a merchant user of the business and signs them in through the admin login form.</summary>
    public static async Task<PortalPages> SignInAsync(
        PortalFactory factory, BusinessId business, string email = OwnerEmail, string acceptLanguage = "en", MerchantRole role = MerchantRole.Owner)
    {
        await factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, email, "Owner", Password, role)));
        var browser = new PortalPages(factory, acceptLanguage);
        var signedIn = await browser.SubmitFormAsync("/admin/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    public static async Task<CustomerId> CreateCustomerAsync(PortalFactory factory, BusinessId business, string email, string name, Mode mode = Mode.Test, string? phone = null)
    {
        var customer = await factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, mode, email, name, phone, null)));
        return customer.CustomerId;
    }

    /// <summary>The customer names in the list's rows, in the order shown.</summary>
    public static IReadOnlyList<string> CustomerNames(string html) =>
        CustomerRow().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static string LocationOf(HttpResponseMessage response) => response.Headers.Location!.OriginalString;

    [GeneratedRegex("<th scope=\"row\"><a href=\"[^\"]+\">([^<]+)</a></th>")]
    private static partial Regex CustomerRow();
}
