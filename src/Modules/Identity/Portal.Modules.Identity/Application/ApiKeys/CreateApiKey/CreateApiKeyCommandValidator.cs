namespace Portal.Modules.Identity.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Must(TextRules.HasNoControlCharacters);
        RuleFor(c => c.Mode).IsInEnum();
    }
}
