using System.Text.Json;

namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>The subscription exactly as <c>GET /subscriptions/{id}</c> answers it, for webhooks' <c>data</c>; 404 like it.</summary>
public sealed record GetSubscriptionResourceQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId) : IQuery<JsonElement>;
