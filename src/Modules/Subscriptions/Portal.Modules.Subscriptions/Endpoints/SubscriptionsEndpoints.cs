using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;
using static Portal.BuildingBlocks.Web.JsonBody;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// The Dodo-compatible subscription resource: <c>/subscriptions</c>, plus test mode's time travel
/// (<c>POST /subscriptions/{id}/test/advance</c>, ours). Customers' names and emails come from Identity,
/// one query per answer.
/// </summary>
internal static class SubscriptionsEndpoints
{
    /// <summary>Dodo's filters of subscriptions.list this platform applies; any other is refused, never silently ignored (the list would be wrong).</summary>
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(
        StringComparer.Ordinal, "customer_id", "status", "product_id", "created_at_gte", "created_at_lte", "cancel_at_next_billing_date");

    private static readonly FrozenSet<string> AdvanceFields = FrozenSet.Create(StringComparer.Ordinal, "simulate_decline");

    public static void Map(IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/subscriptions").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Subscriptions");

        subscriptions.MapPost("/", async (JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var subscription = await sender.SendAsync(SubscriptionCreateRequest.ToCommand(body, tenant), ct);
            var contacts = await ContactsAsync(sender, tenant, [subscription], ct);
            return TypedResults.Ok(SubscriptionCreateResponse.From(subscription, contacts.GetValueOrDefault(subscription.CustomerId)));
        }).WithName("CreateSubscription");

        subscriptions.MapGet("/", async (
            [FromQuery(Name = "customer_id")] string? customerId,
            [FromQuery(Name = "status")] string? status,
            [FromQuery(Name = "product_id")] string? productId,
            [FromQuery(Name = "created_at_gte")] DateTimeOffset? createdAtGte,
            [FromQuery(Name = "created_at_lte")] DateTimeOffset? createdAtLte,
            [FromQuery(Name = "cancel_at_next_billing_date")] bool? cancelAtNextBillingDate,
            [AsParameters] ApiListRequest list) =>
        {
            var tenant = list.Tenant;
            list.AcceptFilters(ListFilters, "subscriptions");
            var page = await list.QueryAsync(new ListSubscriptionsQuery(tenant.BusinessId, tenant.Mode, customerId, status, list.Number, list.Size)
            {
                ProductId = productId,
                CreatedAtGte = createdAtGte?.ToUniversalTime(),
                CreatedAtLte = createdAtLte?.ToUniversalTime(),
                CancelAtNextBillingDate = cancelAtNextBillingDate,
            });
            return TypedResults.Ok(new SubscriptionListResponse(await ResponsesAsync(list.Sender, tenant, page, list.CancellationToken)));
        }).WithName("ListSubscriptions");

        subscriptions.MapGet("/{subscription_id}", async ([FromRoute(Name = "subscription_id")] string subscriptionId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var subscription = await sender.QueryAsync(new GetSubscriptionQuery(tenant.BusinessId, tenant.Mode, subscriptionId, null), ct);
            return TypedResults.Ok((await ResponsesAsync(sender, tenant, [subscription], ct))[0]);
        }).WithName("GetSubscription");

        subscriptions.MapPatch("/{subscription_id}", async (
            [FromRoute(Name = "subscription_id")] string subscriptionId, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var subscription = await sender.SendAsync(SubscriptionUpdateRequest.ToCommand(body, tenant, subscriptionId), ct);
            return TypedResults.Ok((await ResponsesAsync(sender, tenant, [subscription], ct))[0]);
        }).WithName("UpdateSubscription");

        // On an on-hold subscription, "existing" pays the dues with that method first (payment_id), and changes it only if they are paid.
        subscriptions.MapPost("/{subscription_id}/update-payment-method", async (
            [FromRoute(Name = "subscription_id")] string subscriptionId, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var (paymentMethodId, returnUrl) = SubscriptionUpdatePaymentMethodRequest.Read(body);
            if (paymentMethodId is not null)
            {
                var change = await sender.SendAsync(
                    new ChangeSubscriptionPaymentMethodCommand(tenant.BusinessId, tenant.Mode, subscriptionId, null, SubscriptionActor.Merchant, paymentMethodId), ct);
                // The customer is not here to authenticate: the link takes them to the portal, where they confirm the payment with that card.
                var confirm = change.DuesPayment?.FailureCode == "authentication_required"
                    ? await ConfirmationLinkAsync(sender, tenant, subscriptionId, ct)
                    : null;
                return TypedResults.Ok(SubscriptionUpdatePaymentMethodResponse.From(change, confirm));
            }

            var link = await sender.SendAsync(new CreatePaymentMethodUpdateLinkCommand(tenant.BusinessId, tenant.Mode, subscriptionId, returnUrl), ct);
            var subscription = await sender.QueryAsync(new GetSubscriptionQuery(tenant.BusinessId, tenant.Mode, subscriptionId, null), ct);
            return TypedResults.Ok(SubscriptionUpdatePaymentMethodResponse.Link(link, Wire.Name(subscription.Status)));
        }).WithName("UpdateSubscriptionPaymentMethod");

        // Ours, not Dodo's: rehearses renewals and declines without waiting for the calendar. Test mode only.
        subscriptions.MapPost("/{subscription_id}/test/advance", async (
            [FromRoute(Name = "subscription_id")] string subscriptionId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var simulateDecline = false;
            if (await ReadOptionalObjectAsync(http.Request, ct) is { } body)
            {
                RefuseUnsupported(body, AdvanceFields);
                simulateDecline = Has(body, "simulate_decline", out var value) && value.ValueKind != JsonValueKind.Null && Boolean(value, "simulate_decline");
            }

            var subscription = await sender.SendAsync(new AdvanceSubscriptionCommand(tenant.BusinessId, tenant.Mode, subscriptionId, simulateDecline), ct);
            return TypedResults.Ok((await ResponsesAsync(sender, tenant, [subscription], ct))[0]);
        }).WithName("AdvanceTestSubscription");
    }

    /// <summary>A one-time link signing the customer in on the payment-method page; none when they cannot sign in (blocked, portal closed).</summary>
    private static async Task<string?> ConfirmationLinkAsync(ISender sender, ApiTenant tenant, string subscriptionId, CancellationToken ct)
    {
        try
        {
            return await sender.SendAsync(new CreatePaymentMethodUpdateLinkCommand(tenant.BusinessId, tenant.Mode, subscriptionId, null), ct);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.Conflict)
        {
            return null;
        }
    }

    internal static async Task<IReadOnlyList<SubscriptionResponse>> ResponsesAsync(
        ISender sender, ApiTenant tenant, IReadOnlyList<SubscriptionDto> subscriptions, CancellationToken ct)
    {
        var contacts = await ContactsAsync(sender, tenant, subscriptions, ct);
        return [.. subscriptions.Select(s => SubscriptionResponse.From(s, contacts.GetValueOrDefault(s.CustomerId)))];
    }

    private static Task<IReadOnlyDictionary<string, CustomerContact>> ContactsAsync(
        ISender sender, ApiTenant tenant, IReadOnlyList<SubscriptionDto> subscriptions, CancellationToken ct) =>
        sender.QueryAsync(new GetCustomerContactsQuery(tenant.BusinessId.Value, tenant.Mode, [.. subscriptions.Select(s => s.CustomerId).Distinct()]), ct);

    internal sealed record SubscriptionListResponse(IReadOnlyList<SubscriptionResponse> Items);
}
