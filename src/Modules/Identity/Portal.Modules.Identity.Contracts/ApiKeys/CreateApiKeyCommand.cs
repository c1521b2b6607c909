namespace Portal.Modules.Identity.Contracts.ApiKeys;

/// <summary>Creates an API key for one business and mode; the answer is the only time the key is shown.</summary>
public sealed record CreateApiKeyCommand(BusinessId BusinessId, Mode Mode, string Name) : ICommand<string>;
