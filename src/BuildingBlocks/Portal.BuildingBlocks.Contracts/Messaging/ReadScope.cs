using System.Security.Cryptography;
using System.Text;

namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>
/// What a cached read depends on, named as the database names it when those rows change (ADR 0019): one customer of a
/// business in a mode, one portal session, the customers of one email, or an email's customers at several businesses.
/// </summary>
public sealed class ReadScope
{
    /// <summary>The payload that ends every answer listing businesses by their customers' email: a business changed.</summary>
    public const string AnyBusiness = "businesses";

    private readonly IReadOnlyList<string>? _endedBy;
    private readonly Mode _mode;
    private readonly CustomerSet? _customers;

    private ReadScope(string key, IReadOnlyList<string> endedBy)
    {
        Key = key;
        _endedBy = endedBy;
    }

    private ReadScope(Mode mode, CustomerSet customers)
    {
        Key = $"customers/{mode}";
        _mode = mode;
        _customers = customers;
    }

    /// <summary>Names this scope's entries (with the query, which tells apart the sets of customers).</summary>
    public string Key { get; }

    /// <summary>
    /// The notification payloads each of which ends this scope's entries. A set's are listed only when asked (an answer
    /// is being loaded): an answer served from memory never needs them.
    /// </summary>
    public IReadOnlyList<string> EndedBy => _endedBy ?? PayloadsOf(_mode, _customers!);

    /// <summary>One customer's rows; they also fall with their business.</summary>
    public static ReadScope Customer(BusinessId businessId, Mode mode, CustomerId customerId)
    {
        var key = CustomerKey(businessId, mode, customerId);
        return new(key, [key, Business(businessId)]);
    }

    public static ReadScope Session(Guid sessionId)
    {
        var key = $"session/{sessionId:D}";
        return new(key, [key]);
    }

    /// <summary>
    /// The customers with this email in this mode: a customer with it added, changed, blocked or removed at any business
    /// ends the answer, and so does a change of any business (its name, colours, closing its portal).
    /// </summary>
    public static ReadScope Email(Mode mode, string email)
    {
        var key = EmailKey(mode, email);
        return new(key, [key, AnyBusiness]);
    }

    /// <summary>Several customers' rows at once (one email's, at several businesses): a change of any of them or of their businesses ends it.</summary>
    public static ReadScope Customers(Mode mode, CustomerSet customers) => new(mode, customers);

    public static string Business(BusinessId businessId) => $"business/{businessId.Value}";

    /// <summary>
    /// The email's key, as the customers' trigger writes it: SHA-256 of the normalised email in hex, so that no address
    /// travels in a notification.
    /// </summary>
    public static string EmailKey(Mode mode, string email) =>
        $"email/{mode}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddresses.Normalize(email))))}";

    private static List<string> PayloadsOf(Mode mode, CustomerSet customers)
    {
        var payloads = new List<string>(customers.Count * 2);
        foreach (var customer in customers)
        {
            payloads.Add(CustomerKey(customer.BusinessId, mode, customer.CustomerId));
            payloads.Add(Business(customer.BusinessId));
        }

        return payloads;
    }

    private static string CustomerKey(BusinessId businessId, Mode mode, CustomerId customerId) =>
        $"customer/{businessId.Value}/{mode}/{customerId.Value}";
}
