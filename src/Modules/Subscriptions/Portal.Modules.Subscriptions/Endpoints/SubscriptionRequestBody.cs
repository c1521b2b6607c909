using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>The parts of the subscription requests' JSON that are Subscriptions' own (the generic reading is <c>JsonBody</c>).</summary>
internal static class SubscriptionRequestBody
{
    /// <summary>Dodo's <c>BillingAddress</c>: <c>{country, state, city, street, zipcode}</c>, country required (checked by the domain).</summary>
    public static BillingAddressInput Address(JsonElement value, string name = "billing")
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw NotClearableOr(value, name, "an object {country, state, city, street, zipcode}");
        }

        return new BillingAddressInput(
            OptionalString(value, "country"),
            OptionalString(value, "state"),
            OptionalString(value, "city"),
            OptionalString(value, "street"),
            OptionalString(value, "zipcode"));
    }
}
