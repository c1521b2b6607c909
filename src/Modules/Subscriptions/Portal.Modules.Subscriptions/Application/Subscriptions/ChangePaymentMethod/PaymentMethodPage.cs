namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

/// <summary>The portal page where a customer changes a subscription's payment method (and pays its dues when on hold).</summary>
public static class PaymentMethodPage
{
    public static string PathOf(string subscriptionId) => $"/portal/subscriptions/{subscriptionId}/payment-method";
}
