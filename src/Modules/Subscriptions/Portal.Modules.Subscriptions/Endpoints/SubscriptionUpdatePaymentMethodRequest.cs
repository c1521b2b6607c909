using System.Collections.Frozen;
using System.Text.Json;
using Portal.BuildingBlocks.Domain;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionUpdatePaymentMethodParams.payment_method</c>, which the SDK sends as the whole body:
/// <c>{"type":"existing","payment_method_id":…}</c> or <c>{"type":"new"}</c>. <c>return_url</c> and
/// <c>allowed_payment_method_types</c> are refused when they ask for something (422 <c>UNSUPPORTED_FIELD</c>):
/// portal sign-in links land only on the portal's own pages, and cards are the only method here.
/// </summary>
internal static class SubscriptionUpdatePaymentMethodRequest
{
    private static readonly FrozenSet<string> ExistingFields = FrozenSet.Create(StringComparer.Ordinal, "type", "payment_method_id");

    private static readonly FrozenSet<string> NewFields = FrozenSet.Create(StringComparer.Ordinal, "type");

    /// <summary>The saved method to switch to, or null for <c>type: "new"</c> (the customer adds one in the portal).</summary>
    public static string? ExistingMethodOf(JsonElement body)
    {
        RequireObject(body);
        switch (String(Required(body, "type", "\"existing\" or \"new\""), "type"))
        {
            case "existing":
                RefuseUnsupported(body, ExistingFields);
                return String(Required(body, "payment_method_id", "the id of one of the customer's saved payment methods"), "payment_method_id");
            case "new":
                RefuseUnsupported(body, NewFields);
                return null;
            default:
                throw Invalid("type", "\"existing\" or \"new\"");
        }
    }
}
