namespace Portal.Host.Bench;

/// <summary>
/// What <c>/bench/seed</c> made, for <c>bench/run</c> to sign the customers in and to copy
/// <see cref="ManyTemplatePaymentId"/> in SQL until the "many" customer has ten thousand invoices.
/// </summary>
internal sealed record BenchDataset(
    string BusinessId,
    string ApiKey,
    string FewCustomerId,
    string ManyCustomerId,
    string FewPaymentId,
    string ManyTemplatePaymentId);
