using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>The confirmation before an endpoint and its delivery log go: nothing more is sent to its URL.</summary>
public sealed class DeleteModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Webhooks;

    public override string ModeSwitchPath => "/admin/webhooks";

    public WebhookEndpointDto Endpoint { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string webhookId, CancellationToken cancellationToken)
    {
        try
        {
            Endpoint = await sender.QueryAsync(new GetWebhookEndpointQuery(BusinessId, Mode, webhookId), cancellationToken);
            return Page();
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(string webhookId, CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = await sender.QueryAsync(new GetWebhookEndpointQuery(BusinessId, Mode, webhookId), cancellationToken);
            await sender.SendAsync(new DeleteWebhookEndpointCommand(BusinessId, Mode, webhookId), cancellationToken);
            TempData[nameof(IndexModel.DeletedUrl)] = endpoint.Url;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return Redirect(AdminHref("/admin/webhooks"));
    }
}
