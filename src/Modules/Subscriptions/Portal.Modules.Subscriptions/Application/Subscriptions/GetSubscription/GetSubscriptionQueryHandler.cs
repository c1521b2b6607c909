namespace Portal.Modules.Subscriptions.Application.Subscriptions.GetSubscription;

internal sealed class GetSubscriptionQueryHandler(SubscriptionReader reader) : IQueryHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken) =>
        await reader.ToDtoAsync(await reader.FindAsync(query.BusinessId, query.Mode, query.SubscriptionId, query.Customer, cancellationToken), cancellationToken);
}
