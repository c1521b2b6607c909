namespace Portal.Modules.Billing.Application.Payments;

/// <summary>A payment after settling, and where to send its customer when it waits for their authentication.</summary>
internal sealed record SettledPayment(Payment Payment, string? AuthenticationUrl);
