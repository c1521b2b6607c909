using FluentValidation;

namespace Portal.Modules.Webhooks.Application.Endpoints.ListWebhookEndpoints;

internal sealed class ListWebhookEndpointsQueryValidator : AbstractValidator<ListWebhookEndpointsQuery>
{
    public ListWebhookEndpointsQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 100);
}
