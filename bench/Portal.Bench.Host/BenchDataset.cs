namespace Portal.Bench.Host;

/// <summary>
/// What <c>/bench/seed</c> made, for <c>bench/run</c> to sign the customers in and to copy
/// <see cref="ManyTemplatePaymentId"/> in SQL until the "many" customer has ten thousand invoices.
/// <see cref="LicenseCustomerId"/> bought a product with license keys: its key (issued from the payment
/// event by the outbox relay) is what <c>POST /licenses/validate</c> is measured with; its subscription,
/// <see cref="TemplateSubscriptionId"/>, is copied in SQL into the crowd of customers whose pages are
/// measured spread over all of them.
/// </summary>
internal sealed record BenchDataset(
    string BusinessId,
    string ApiKey,
    string FewCustomerId,
    string ManyCustomerId,
    string FewPaymentId,
    string ManyTemplatePaymentId,
    string LicenseCustomerId,
    string TemplateSubscriptionId);
