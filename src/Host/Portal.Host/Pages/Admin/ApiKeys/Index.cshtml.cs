using Portal.Modules.Identity.Contracts.ApiKeys;

namespace Portal.Host.Pages.Admin.ApiKeys;

/// <summary>
/// The business's API keys in the mode shown. A new key is shown once, in the answer that created it;
/// afterwards only its hint is. Revoking goes through a confirmation page.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public const int MaxNameLength = 100;

    public override AdminSection Section => AdminSection.ApiKeys;

    public IReadOnlyList<ApiKeyDto> Keys { get; private set; } = [];

    [BindProperty]
    public string? KeyName { get; set; }

    public bool KeyNameInvalid { get; private set; }

    /// <summary>The new key in plain text: set only in the answer to the POST that created it.</summary>
    public string? CreatedKey { get; private set; }

    /// <summary>Name of the key just revoked, carried to the list after the redirect.</summary>
    [TempData]
    public string? RevokedKeyName { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            CreatedKey = await sender.SendAsync(new CreateApiKeyCommand(BusinessId, Mode, KeyName ?? string.Empty), cancellationToken);
            DoNotStore();
            KeyName = null;
        }
        catch (ValidationException)
        {
            KeyNameInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Keys = await sender.QueryAsync(new ListApiKeysQuery(BusinessId, Mode), cancellationToken);
}
