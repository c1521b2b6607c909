namespace Portal.Modules.Billing.Application.Payments;

/// <summary>Payment statuses as the API and the pages name them (<c>succeeded</c>, <c>failed</c>, <c>processing</c>).</summary>
internal static class PaymentStatusText
{
    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => "succeeded",
        PaymentStatus.Failed => "failed",
        _ => "processing",
    };

    public static PaymentStatus? Parse(string? text) => text switch
    {
        "succeeded" => PaymentStatus.Succeeded,
        "failed" => PaymentStatus.Failed,
        "processing" => PaymentStatus.Processing,
        _ => null,
    };
}
