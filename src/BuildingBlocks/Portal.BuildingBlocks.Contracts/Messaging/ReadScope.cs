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

    private ReadScope(string key, IReadOnlyList<string> endedBy)
    {
        Key = key;
        EndedBy = endedBy;
    }

    /// <summary>Names this scope's entries.</summary>
    public string Key { get; }

    /// <summary>The notification payloads each of which ends this scope's entries.</summary>
    public IReadOnlyList<string> EndedBy { get; }

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
    public static ReadScope Customers(Mode mode, CustomerSet customers)
    {
        var endedBy = new List<string>(customers.Count * 2);
        foreach (var customer in customers)
        {
            endedBy.Add(CustomerKey(customer.BusinessId, mode, customer.CustomerId));
            endedBy.Add(Business(customer.BusinessId));
        }

        return new($"customers/{mode}/{string.Join(',', endedBy)}", endedBy);
    }

    public static string Business(BusinessId businessId) => $"business/{businessId.Value}";

    /// <summary>
    /// The email's key, as the customers' trigger writes it: SHA-256 of the normalised email in hex, so that no address
    /// travels in a notification.
    /// </summary>
    public static string EmailKey(Mode mode, string email) =>
        $"email/{mode}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddresses.Normalize(email))))}";

    private static string CustomerKey(BusinessId businessId, Mode mode, CustomerId customerId) =>
        $"customer/{businessId.Value}/{mode}/{customerId.Value}";
}
