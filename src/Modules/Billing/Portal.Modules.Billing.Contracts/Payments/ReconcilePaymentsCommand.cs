namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// Settles payments and refunds left processing because the gateway did not answer: each is asked about again with
/// its idempotency key, which replays the first outcome instead of charging again. Only attempts quiet
/// for <see cref="QuietFor"/> are taken, so a request still in flight is left alone. Payments waiting for the
/// customer's authentication (3-D Secure) for <see cref="AbandonAuthenticationAfter"/> are given up at the
/// gateway and declined, unless the customer completed it meanwhile. Answers how many were settled.
/// </summary>
public sealed record ReconcilePaymentsCommand(TimeSpan QuietFor, TimeSpan AbandonAuthenticationAfter, int BatchSize = 100) : ICommand<int>;
