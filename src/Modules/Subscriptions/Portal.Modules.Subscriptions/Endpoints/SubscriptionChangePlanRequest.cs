using static Portal.BuildingBlocks.Web.JsonBody;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionChangePlanParams</c> (also the preview's body): <c>product_id</c>, <c>quantity</c>,
/// <c>proration_billing_mode</c> (absent or null: the business's default). A change applies immediately
/// and only once paid: <c>effective_at: next_billing_date</c> and <c>on_payment_failure: apply_change</c>
/// are refused (<c>UNSUPPORTED_FIELD</c>), as are addons, discounts, metadata and payment links.
/// </summary>
internal sealed record SubscriptionChangePlanRequest(string ProductId, int Quantity, string? ProrationMode)
{
    private static readonly FrozenSet<string> Fields = FrozenSet.Create(
        StringComparer.Ordinal, "product_id", "quantity", "proration_billing_mode", "effective_at", "on_payment_failure");

    public static SubscriptionChangePlanRequest From(JsonElement body)
    {
        RequireObject(body);
        RefuseUnsupported(body, Fields);
        OnlyValue(body, "effective_at", "immediately");
        OnlyValue(body, "on_payment_failure", "prevent_change");
        var productId = String(Required(body, "product_id", "a product id"), "product_id");
        var quantity = Integer(Required(body, "quantity", "a whole number"), "quantity");
        return new SubscriptionChangePlanRequest(productId, quantity, OptionalString(body, "proration_billing_mode"));
    }

    /// <summary>A field whose only value here is <paramref name="supported"/> (or absent/null): any other asks for what this platform does not do.</summary>
    private static void OnlyValue(JsonElement body, string name, string supported)
    {
        if (OptionalString(body, name) is { } value && value != supported)
        {
            throw new DomainException(Error.Validation("UNSUPPORTED_FIELD", $"{name} can only be {supported} here: leave it out (or send null)."));
        }
    }
}
