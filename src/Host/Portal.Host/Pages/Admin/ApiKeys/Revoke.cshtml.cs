using Portal.Modules.Identity.Contracts.ApiKeys;

namespace Portal.Host.Pages.Admin.ApiKeys;

/// <summary>
/// The confirmation step before a key stops working: revoking cannot be undone and breaks whatever
/// server still uses the key. Any key but the business's own, in the mode shown, is a 404.
/// </summary>
public sealed class RevokeModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.ApiKeys;

    public override string ModeSwitchPath => "/admin/api-keys";

    public ApiKeyDto Key { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string apiKeyId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(apiKeyId, out var id))
        {
            return NotFound();
        }

        try
        {
            Key = await sender.QueryAsync(new GetApiKeyQuery(BusinessId, Mode, id), cancellationToken);
            return Page();
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(string apiKeyId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(apiKeyId, out var id))
        {
            return NotFound();
        }

        try
        {
            var key = await sender.QueryAsync(new GetApiKeyQuery(BusinessId, Mode, id), cancellationToken);
            await sender.SendAsync(new RevokeApiKeyCommand(BusinessId, Mode, id), cancellationToken);
            TempData[nameof(IndexModel.RevokedKeyName)] = key.Name;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        return Redirect(AdminHref("/admin/api-keys"));
    }
}
