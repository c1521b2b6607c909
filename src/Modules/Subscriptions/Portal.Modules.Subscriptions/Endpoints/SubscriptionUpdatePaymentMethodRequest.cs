using static Portal.BuildingBlocks.Web.JsonBody;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionUpdatePaymentMethodParams.payment_method</c>, which the SDK sends as the whole body:
/// <c>{"type":"existing","payment_method_id":…}</c> or <c>{"type":"new","return_url":…}</c>; a new method's
/// <c>return_url</c> becomes the portal's "Return to {business}" button. <c>allowed_payment_method_types</c>
/// is refused when it asks for something (422 <c>UNSUPPORTED_FIELD</c>): cards are the only method here.
/// </summary>
internal static class SubscriptionUpdatePaymentMethodRequest
{
    private static readonly FrozenSet<string> ExistingFields = FrozenSet.Create(StringComparer.Ordinal, "type", "payment_method_id");

    private static readonly FrozenSet<string> NewFields = FrozenSet.Create(StringComparer.Ordinal, "type", "return_url");

    /// <summary>The saved method to switch to, or, for <c>type: "new"</c> (the customer adds one in the portal), where the portal sends the customer back to.</summary>
    public static (string? ExistingMethodId, string? ReturnUrl) Read(JsonElement body)
    {
        RequireObject(body);
        switch (String(Required(body, "type", "\"existing\" or \"new\""), "type"))
        {
            case "existing":
                RefuseUnsupported(body, ExistingFields);
                return (String(Required(body, "payment_method_id", "the id of one of the customer's saved payment methods"), "payment_method_id"), null);
            case "new":
                RefuseUnsupported(body, NewFields);
                return (null, OptionalString(body, "return_url"));
            default:
                throw Invalid("type", "\"existing\" or \"new\"");
        }
    }
}
