using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Web;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Identity.Endpoints;

/// <summary>The Dodo-compatible customer resource: <c>/customers</c>.</summary>
internal static class CustomersEndpoints
{
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(StringComparer.Ordinal, "email", "name", "created_at_gte", "created_at_lte");

    private static readonly FrozenSet<string> PatchFields = FrozenSet.Create(StringComparer.Ordinal, "email", "name", "phone_number", "metadata");

    public static void Map(IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Customers");

        customers.MapGet("/", async (
            [FromQuery(Name = "email")] string? email,
            [FromQuery(Name = "name")] string? name,
            [FromQuery(Name = "created_at_gte")] DateTimeOffset? createdAtGte,
            [FromQuery(Name = "created_at_lte")] DateTimeOffset? createdAtLte,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "customers");
            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListCustomersQuery(
                tenant.BusinessId, tenant.Mode, email, name, createdAtGte?.ToUniversalTime(), createdAtLte?.ToUniversalTime(), list.Number, list.Size));
            return TypedResults.Ok(new CustomerListResponse([.. page.Select(CustomerResponse.From)]));
        }).WithName("ListCustomers");

        customers.MapPost("/", async (CreateCustomerRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var customer = await sender.SendAsync(
                new CreateCustomerCommand(tenant.BusinessId, tenant.Mode, body.Email ?? string.Empty, body.Name ?? string.Empty, body.PhoneNumber, body.Metadata),
                ct);
            return TypedResults.Ok(CustomerResponse.From(customer));
        }).WithName("CreateCustomer");

        customers.MapGet("/{customer_id}", async ([FromRoute(Name = "customer_id")] string customerId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var customer = await sender.QueryAsync(new GetCustomerQuery(tenant.BusinessId, tenant.Mode, ParseCustomerId(customerId)), ct);
            return TypedResults.Ok(CustomerResponse.From(customer));
        }).WithName("GetCustomer");

        // Absent leaves a field as it is; null removes the phone or the metadata. The name cannot be emptied.
        customers.MapPatch("/{customer_id}", async ([FromRoute(Name = "customer_id")] string customerId, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            RefuseUnsupported(RequireObject(body), PatchFields);
            var setPhone = Has(body, "phone_number", out var phone);
            var setMetadata = Has(body, "metadata", out var metadata);
            var customer = await sender.SendAsync(
                new UpdateCustomerCommand(
                    tenant.BusinessId,
                    tenant.Mode,
                    ParseCustomerId(customerId),
                    OptionalString(body, "email"),
                    Has(body, "name", out var name) ? String(name, "name") : null,
                    setPhone,
                    setPhone ? NullableString(phone, "phone_number") : null,
                    setMetadata,
                    setMetadata ? StringMap(metadata, "metadata") : null),
                ct);
            return TypedResults.Ok(CustomerResponse.From(customer));
        }).WithName("UpdateCustomer");

        customers.MapPost("/{customer_id}/customer-portal/session", async (
            [FromRoute(Name = "customer_id")] string customerId,
            [FromQuery(Name = "send_email")] bool? sendEmail,
            [FromQuery(Name = "return_url")] string? returnUrl,
            HttpContext http,
            ISender sender,
            CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var session = await sender.SendAsync(new CreatePortalSessionCommand(tenant.BusinessId, tenant.Mode, ParseCustomerId(customerId), returnUrl, sendEmail == true), ct);
            return TypedResults.Ok(new PortalSessionResponse(session.Link));
        }).WithName("CreateCustomerPortalSession");
    }

    /// <summary>A malformed id cannot exist, so it is simply not found (never a hint of why).</summary>
    private static CustomerId ParseCustomerId(string value) =>
        PrefixedId.TryParse<CustomerId>(value, out var id) ? id : throw new DomainException(Error.NotFound("Customer not found."));

    internal sealed record CreateCustomerRequest(string? Email, string? Name, string? PhoneNumber, Dictionary<string, string>? Metadata);

    internal sealed record PortalSessionResponse(string Link);

    internal sealed record CustomerListResponse(IReadOnlyList<CustomerResponse> Items);

    internal sealed record CustomerResponse(
        string BusinessId,
        DateTimeOffset CreatedAt,
        string CustomerId,
        string Email,
        string Name,
        string? PhoneNumber,
        IReadOnlyDictionary<string, string> Metadata,
        DateTimeOffset? BlockedAt)
    {
        public static CustomerResponse From(CustomerDto c) =>
            new(c.BusinessId.Value, c.CreatedAt, c.CustomerId.Value, c.Email, c.Name, c.PhoneNumber, c.Metadata, c.BlockedAt);
    }
}
