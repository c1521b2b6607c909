using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>
/// The endpoint form the list page (create) and the endpoint page (edit) share: URL, description and the
/// events taken, none ticked meaning every event. A refusal is kept by its code for the field it concerns.
/// </summary>
public sealed class WebhookForm
{
    public string? Url { get; set; }

    public string? Description { get; set; }

    public List<string> Events { get; set; } = [];

    public bool Enabled { get; set; } = true;

    /// <summary>The code of the refused URL (<c>INVALID_URL</c>, <c>URL_NOT_ALLOWED</c>), or of any other refusal.</summary>
    public string? UrlError { get; private set; }

    public string? FormError { get; private set; }

    /// <summary>Every event a merchant can pick, in the order Dodo lists them (the test event is sent on request only).</summary>
    public static IReadOnlyList<string> EventChoices { get; } =
        [.. Wire.NamesOf<WebhookEventType>().Where(name => name != Wire.Name(WebhookEventType.WebhookTest))];

    public static WebhookForm From(WebhookEndpointDto endpoint) => new()
    {
        Url = endpoint.Url,
        Description = endpoint.Description,
        Events = [.. endpoint.FilterTypes.Select(Wire.Name)],
        Enabled = !endpoint.Disabled,
    };

    public WebhookEndpointInput Input(bool withEnabled) => new(
        Url: Url?.Trim() ?? string.Empty,
        Description: Description?.Trim() ?? string.Empty,
        FilterTypes: Events,
        Disabled: withEnabled ? !Enabled : null);

    /// <summary>Keeps the refusal for the page to show next to its field; false when it is not a refusal of the form.</summary>
    public bool Refused(DomainException exception)
    {
        if (exception.Error.Kind != ErrorKind.Validation)
        {
            return false;
        }

        if (exception.Error.Code is "INVALID_URL" or "URL_NOT_ALLOWED")
        {
            UrlError = exception.Error.Code;
        }
        else
        {
            FormError = exception.Error.Code;
        }

        return true;
    }
}
