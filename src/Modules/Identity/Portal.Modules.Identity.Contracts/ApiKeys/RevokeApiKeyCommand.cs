namespace Portal.Modules.Identity.Contracts.ApiKeys;

/// <summary>
/// Stops a key authenticating, at once and for good. Another business's key, or one of the other
/// mode, is NOT_FOUND: a merchant cannot even learn that it exists.
/// </summary>
public sealed record RevokeApiKeyCommand(BusinessId BusinessId, Mode Mode, Guid ApiKeyId) : ICommand;
