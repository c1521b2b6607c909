using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>
/// A step that asks before an endpoint changes for good (deleting it, rolling its secret): the GET shows
/// the endpoint, the POST does it and goes where <see cref="ConfirmAsync"/> says. Another business's or
/// mode's endpoint is a 404 on both.
/// </summary>
public abstract class WebhookConfirmationPage(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Webhooks;

    public override string ModeSwitchPath => "/admin/webhooks";

    public WebhookEndpointDto Endpoint { get; private set; } = null!;

    protected ISender Sender => sender;

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
            return await ConfirmAsync(await sender.QueryAsync(new GetWebhookEndpointQuery(BusinessId, Mode, webhookId), cancellationToken), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }

    /// <summary>Does what was confirmed on the endpoint, and answers where to go next.</summary>
    protected abstract Task<IActionResult> ConfirmAsync(WebhookEndpointDto endpoint, CancellationToken cancellationToken);
}
