using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>The confirmation before a new signing secret: the old one signs next to it for 24 hours.</summary>
public sealed class RollSecretModel(ISender sender) : AdminPageModel
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
            await sender.SendAsync(new RollWebhookSecretCommand(BusinessId, Mode, webhookId), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        TempData[nameof(DetailsModel.Notice)] = "Rolled";
        return Redirect(AdminHref("/admin/webhooks/" + webhookId));
    }
}
