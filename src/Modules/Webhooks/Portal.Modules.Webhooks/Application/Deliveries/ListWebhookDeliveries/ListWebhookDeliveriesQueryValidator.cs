using FluentValidation;
using Portal.Modules.Webhooks.Contracts.Deliveries;

namespace Portal.Modules.Webhooks.Application.Deliveries.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator()
    {
        RuleFor(q => q.PageNumber).InclusiveBetween(0, 10_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}
