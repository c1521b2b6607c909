namespace Portal.Modules.Billing.Application.Payments;

/// <summary>Payment statuses as the API and the pages name them, Dodo's words (<c>succeeded</c>, <c>failed</c>, <c>processing</c>, <c>requires_customer_action</c>).</summary>
internal static class PaymentStatusText
{
    public const string RequiresCustomerAction = "requires_customer_action";

    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => "succeeded",
        PaymentStatus.Failed => "failed",
        PaymentStatus.RequiresAction => RequiresCustomerAction,
        _ => "processing",
    };

    public static PaymentStatus? Parse(string? text) => text switch
    {
        "succeeded" => PaymentStatus.Succeeded,
        "failed" => PaymentStatus.Failed,
        "processing" => PaymentStatus.Processing,
        RequiresCustomerAction => PaymentStatus.RequiresAction,
        _ => null,
    };
}
