using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>The confirmation before a new signing secret: the old one signs next to it for 24 hours.</summary>
public sealed class RollSecretModel(ISender sender) : WebhookConfirmationPage(sender)
{
    protected override async Task<IActionResult> ConfirmAsync(WebhookEndpointDto endpoint, CancellationToken cancellationToken)
    {
        await Sender.SendAsync(new RollWebhookSecretCommand(BusinessId, Mode, endpoint.Id), cancellationToken);
        TempData[nameof(DetailsModel.Notice)] = "Rolled";
        return Redirect(AdminHref("/admin/webhooks/" + endpoint.Id));
    }
}
