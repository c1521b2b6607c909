namespace Portal.Modules.Billing.Application.Refunds;

/// <summary>Refund statuses as the API names them, Dodo's words: <c>succeeded</c>, <c>failed</c>, and <c>pending</c> for one still on its way.</summary>
internal static class RefundStatusText
{
    public static string Of(PaymentStatus status) => status switch
    {
        PaymentStatus.Succeeded => "succeeded",
        PaymentStatus.Failed => "failed",
        _ => "pending",
    };

    /// <summary>The status a word names; <c>pending</c> stands for every status still on its way (<see cref="PaymentStatus.Processing"/>).</summary>
    public static PaymentStatus? Parse(string? text) => text switch
    {
        "succeeded" => PaymentStatus.Succeeded,
        "failed" => PaymentStatus.Failed,
        "pending" => PaymentStatus.Processing,
        _ => null,
    };
}
