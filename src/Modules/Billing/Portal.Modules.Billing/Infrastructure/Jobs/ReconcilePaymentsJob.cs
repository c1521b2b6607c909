using System.ComponentModel;
using Hangfire;

namespace Portal.Modules.Billing.Infrastructure.Jobs;

/// <summary>
/// Every five minutes: settles payments whose gateway call timed out (ADR 0012), and gives up authentications
/// left unfinished for an hour (ADR 0027): long enough for a bank's page, short enough that dues are retried.
/// </summary>
internal sealed class ReconcilePaymentsJob(ISender sender)
{
    public const string Id = "billing-reconcile-payments";

    [DisplayName("Settle payments whose gateway answer is unknown")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        sender.SendAsync(new ReconcilePaymentsCommand(QuietFor: TimeSpan.FromMinutes(2), AbandonAuthenticationAfter: TimeSpan.FromHours(1)), cancellationToken);
}
