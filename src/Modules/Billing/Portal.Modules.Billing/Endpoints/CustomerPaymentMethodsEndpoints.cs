using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Endpoints;

/// <summary><c>GET /customers/{customer_id}/payment-methods</c> in Dodo's shape.</summary>
internal static class CustomerPaymentMethodsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/customers/{customer_id}/payment-methods", async ([FromRoute(Name = "customer_id")] string customerId, HttpContext http, ISender sender, CustomerGuard customers, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var id = PrefixedId.TryParse<CustomerId>(customerId, out var parsed) ? parsed : throw new DomainException(Error.NotFound("Customer not found."));
            await customers.EnsureExistsAsync(tenant.BusinessId, tenant.Mode, id, ct);
            var methods = await sender.QueryAsync(new ListPaymentMethodsQuery(tenant.BusinessId, tenant.Mode, id), ct);
            return TypedResults.Ok(new PaymentMethodsResponse([.. methods.Select(Item)]));
        }).RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Customers").WithName("ListCustomerPaymentMethods");
    }

    private static PaymentMethodItem Item(PaymentMethodDto m) =>
        new(
            m.PaymentMethodId,
            "card",
            "card",
            new CardItem(m.Brand, m.LastFour, m.ExpiryMonth.ToString("00", CultureInfo.InvariantCulture), m.ExpiryYear.ToString(CultureInfo.InvariantCulture)),
            RecurringEnabled: !m.IsExpired,
            m.IsDefault);

    internal sealed record PaymentMethodsResponse(IReadOnlyList<PaymentMethodItem> Items);

    /// <summary><c>is_default</c> is ours; the rest is Dodo's item.</summary>
    internal sealed record PaymentMethodItem(string PaymentMethodId, string PaymentMethod, string PaymentMethodType, CardItem Card, bool RecurringEnabled, bool IsDefault);

    internal sealed record CardItem(string CardNetwork, string Last4Digits, string ExpiryMonth, string ExpiryYear);
}
