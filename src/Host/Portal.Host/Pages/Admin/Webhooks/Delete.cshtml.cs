using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>The confirmation before an endpoint and its delivery log go: nothing more is sent to its URL.</summary>
public sealed class DeleteModel(ISender sender) : WebhookConfirmationPage(sender)
{
    protected override async Task<IActionResult> ConfirmAsync(WebhookEndpointDto endpoint, CancellationToken cancellationToken)
    {
        await Sender.SendAsync(new DeleteWebhookEndpointCommand(BusinessId, Mode, endpoint.Id), cancellationToken);
        TempData[nameof(IndexModel.DeletedUrl)] = endpoint.Url;
        return Redirect(AdminHref("/admin/webhooks"));
    }
}
