namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>
/// What a cached read depends on, named as the database names it when those rows change (ADR 0019): one
/// customer of a business in a mode, or one portal session. A customer scope also falls with its business.
/// </summary>
public sealed record ReadScope
{
    private ReadScope(string key, string? businessKey)
    {
        Key = key;
        BusinessKey = businessKey;
    }

    /// <summary>The notification payload that ends this scope's entries.</summary>
    public string Key { get; }

    /// <summary>The payload that ends every scope of this scope's business, if it has one.</summary>
    public string? BusinessKey { get; }

    public static ReadScope Customer(BusinessId businessId, Mode mode, CustomerId customerId) =>
        new($"customer/{businessId.Value}/{mode}/{customerId.Value}", Business(businessId));

    public static ReadScope Session(Guid sessionId) => new($"session/{sessionId:D}", null);

    public static string Business(BusinessId businessId) => $"business/{businessId.Value}";
}
