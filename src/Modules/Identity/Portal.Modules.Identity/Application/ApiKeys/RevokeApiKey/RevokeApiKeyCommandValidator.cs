namespace Portal.Modules.Identity.Application.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyCommandValidator : AbstractValidator<RevokeApiKeyCommand>
{
    public RevokeApiKeyCommandValidator()
    {
        RuleFor(c => c.ApiKeyId).NotEmpty();
        RuleFor(c => c.Mode).IsInEnum();
    }
}
