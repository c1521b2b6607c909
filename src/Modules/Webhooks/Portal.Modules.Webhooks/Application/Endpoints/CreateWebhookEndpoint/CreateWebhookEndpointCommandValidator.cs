using FluentValidation;

namespace Portal.Modules.Webhooks.Application.Endpoints.CreateWebhookEndpoint;

internal sealed class CreateWebhookEndpointCommandValidator : AbstractValidator<CreateWebhookEndpointCommand>
{
    public CreateWebhookEndpointCommandValidator()
    {
        RuleFor(c => c.Input.Url).NotEmpty().WithErrorCode("INVALID_URL");
        RuleFor(c => c.IdempotencyKey).MaximumLength(255);
    }
}
