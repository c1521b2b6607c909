using static Portal.BuildingBlocks.Web.JsonBody;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionCreateParams</c> as far as they apply here: an existing customer
/// (<c>customer: {customer_id}</c>), <c>product_id</c>, <c>quantity</c>, <c>billing</c> and
/// <c>payment_method_id</c> (a saved method of that customer; absent for their default; in test mode
/// also a sandbox token such as <c>pm_card_visa</c>). The first period is charged at once, so the
/// hosted-checkout options mean nothing here and are ignored; anything else that asks for a feature
/// (payment links, trials, discounts, addons, metadata, on-demand…) is refused.
/// </summary>
internal static class SubscriptionCreateRequest
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.Ordinal,
        "customer", "product_id", "quantity", "billing", "payment_method_id",
        "return_url", "redirect_immediately", "show_saved_payment_methods", "short_link", "require_phone_number", "allowed_payment_method_types");

    public static CreateSubscriptionCommand ToCommand(JsonElement body, ApiTenant tenant)
    {
        RequireObject(body);
        RefuseUnsupported(body, Known);
        return new CreateSubscriptionCommand(
            tenant.BusinessId,
            tenant.Mode,
            CustomerId(Required(body, "customer", "an object {customer_id}")),
            String(Required(body, "product_id", "a product id"), "product_id"),
            Integer(Required(body, "quantity", "a whole number from 1"), "quantity"),
            OptionalString(body, "payment_method_id"),
            Address(Required(body, "billing", "an object {country, state, city, street, zipcode}")),
            SubscriptionActor.Merchant);
    }

    /// <summary>Dodo's <c>AttachExistingCustomer</c>; its <c>NewCustomer</c> form would need Identity to create customers for us.</summary>
    private static string CustomerId(JsonElement customer)
    {
        if (customer.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("customer", "an object {customer_id}");
        }

        return OptionalString(customer, "customer_id")
            ?? throw new DomainException(Error.Validation(
                "CUSTOMER_ID_REQUIRED", "Create the customer first (POST /customers) and pass customer: {\"customer_id\": \"cus_...\"}; a new customer cannot be created here."));
    }
}
