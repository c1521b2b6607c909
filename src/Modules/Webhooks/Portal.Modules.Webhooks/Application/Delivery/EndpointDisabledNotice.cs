using System.Globalization;
using System.Resources;
using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Webhooks.Domain.Endpoints;

namespace Portal.Modules.Webhooks.Application.Delivery;

/// <summary>Tells the business's owners that an endpoint failing for five days was disabled, and how to turn it back on.</summary>
internal sealed class EndpointDisabledNotice(ISender sender, IEmailQueue emails)
{
    /// <summary>Merchant users' language is not recorded yet; the texts exist in every language (<c>Resources/EmailTexts*.resx</c>) for when it is.</summary>
    private const string Language = "en";

    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Webhooks.Resources.EmailTexts", typeof(EndpointDisabledNotice).Assembly));

    public async Task SendAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var branding = await sender.QueryAsync(new GetBusinessBrandingQuery(endpoint.BusinessId), cancellationToken);
        var owners = (await sender.QueryAsync(new ListTeamMembersQuery(endpoint.BusinessId), cancellationToken)).Where(m => m.Role == MerchantRole.Owner);
        foreach (var owner in owners)
        {
            emails.Enqueue(new BrandedEmail(
                owner.Email,
                Language,
                Texts.T(Language, "EndpointDisabled.Subject", branding.Name),
                branding.Name,
                branding.AccentColor,
                branding.ForegroundOnAccent,
                branding.SupportEmail,
                [
                    Texts.T(Language, "Hello", owner.Name),
                    Texts.T(Language, "EndpointDisabled.Body", endpoint.Url, endpoint.Mode.ToString().ToLowerInvariant(), WebhookEndpoint.FailingLimit.TotalDays.ToString(CultureInfo.InvariantCulture)),
                    Texts.T(Language, "EndpointDisabled.Kept", endpoint.Id.Value),
                ]).Compose());
        }
    }
}
