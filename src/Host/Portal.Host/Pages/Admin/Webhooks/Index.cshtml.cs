using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>
/// Developers → Webhooks: the business's endpoints in the mode shown, and a form to add one. A new
/// endpoint opens on its own page, where its secret is revealed on request.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Webhooks;

    public IReadOnlyList<WebhookEndpointDto> Endpoints { get; private set; } = [];

    [BindProperty]
    public WebhookForm Form { get; set; } = new();

    /// <summary>The URL of the endpoint just deleted, carried to the list after the redirect.</summary>
    [TempData]
    public string? DeletedUrl { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.SendAsync(new CreateWebhookEndpointCommand(BusinessId, Mode, Form.Input(withEnabled: false), null, null), cancellationToken);
            TempData[nameof(DetailsModel.Notice)] = "Created";
            return Redirect(AdminHref("/admin/webhooks/" + created.Id));
        }
        catch (DomainException exception) when (Form.Refused(exception))
        {
        }
        catch (ValidationException)
        {
            Form.Refused(new DomainException(Error.Validation("INVALID_URL", "url is required.")));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Endpoints = (await sender.QueryAsync(new ListWebhookEndpointsQuery(BusinessId, Mode, null, 100), cancellationToken)).Data;
}
