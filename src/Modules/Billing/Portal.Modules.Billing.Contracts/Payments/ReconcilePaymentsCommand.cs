namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// Settles payments and refunds left processing because the gateway did not answer: each is asked about again with
/// its idempotency key, which replays the first outcome instead of charging again. Only attempts quiet
/// for <see cref="QuietFor"/> are taken, so a request still in flight is left alone. Answers how many were settled.
/// </summary>
public sealed record ReconcilePaymentsCommand(TimeSpan QuietFor, int BatchSize = 100) : ICommand<int>;
